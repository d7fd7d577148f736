-- Review r5 (reviewer e): explanation fixes found by re-running the items' code claims.

-- pandas-merge-join-10: join without on= and concat(axis=1) align tx's row positions with the client ids; with
-- integer ids they do match, wrongly (checked: ages landed on the wrong transactions), so "nothing matches" was false.
update item set explanation = 'To match a column on one side with the index on the other, use merge with left_on and right_index=True, or join with on= (join is a left join by default). merge(on=''client_id'') needs client_id as a column or a named index level in both frames, so it raises a KeyError here. concat with axis=1 and join without on= align tx''s own row index (0, 1, 2, ...) with the client ids: with string ids nothing matches and age is NaN, and with integer ids transaction number 7 silently gets the age of client 7, which is worse. concat also adds the clients whose ids are not among tx''s row labels as extra rows.',
  version = version + 1, updated_at = now() where id = md5('learnpath-seed-item:pandas-merge-join-10')::uuid;

-- regression-vs-classification-12: "tree-based regressors stay within the training range" holds for single trees and
-- random forests (averages of training targets) but not for gradient boosting, whose summed trees can leave it.
update item set explanation = 'The task type follows the target, not the output: a probability of a class is still classification. Bins lose the distance information between values (predicting bin 1 for a true bin 9 counts the same as bin 8) unless an ordinal model or metric puts it back. Category codes are labels even when stored as integers, so they need classification. More than two mutually exclusive classes is multiclass; multilabel means several labels can hold at once. A linear model extrapolates and can predict below the smallest or above the largest training target; a single regression tree or a random forest stays within the training range because it predicts averages of training targets (gradient boosting, which sums many trees, can leave it).',
  version = version + 1, updated_at = now() where id = md5('learnpath-seed-item:regression-vs-classification-12')::uuid;
