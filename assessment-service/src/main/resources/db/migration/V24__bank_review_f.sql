-- Independent review (r6) of 105 items of the rewritten bank (V10-V20): corrections of the defects found; every item
-- keeps its id, its key letter and what it measures. All other reviewed items were verified correct.

-- numpy-arrays-9: the explanation said scipy.stats.rankdata gives ranks from 0; it gives 1-based ranks ([3. 1. 2.]).
update item set explanation = 'argsort returns the indices that would sort the array: the smallest value, 10, is at index 1, then 20 at index 2, then 30 at index 0, so [1 2 0], and a[np.argsort(a)] is the sorted array. [2 0 1] is the rank of each element counted from 0 (what np.argsort(np.argsort(a)) gives; scipy.stats.rankdata(a) gives the same ranks from 1, [3. 1. 2.]), [10 20 30] is np.sort(a), and [0 1 2] would mean the array was already sorted. argsort is how you get, say, the top-k predictions: np.argsort(scores)[::-1][:k].',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:numpy-arrays-9')::uuid;

-- regression-vs-classification-9: the key quoted the message of scikit-learn up to 1.2 ('continuous' in quotes); since
-- 1.3 it reads "Unknown label type: continuous. Maybe you are trying to fit a classifier, ...". Key made version-neutral.
update item set choices = '[{"key": "a", "text": "It fits a regression tree instead, because scikit-learn detects the numeric target"}, {"key": "b", "text": "It raises a ValueError: Unknown label type: continuous"}, {"key": "c", "text": "It bins the prices into ten equal-width classes and fits a classifier on them"}, {"key": "d", "text": "It fits a classifier that treats every distinct price as its own class"}]'::jsonb,
    explanation = 'Classifiers check the target with type_of_target, which calls non-integer floats ''continuous'', and refuse it with ValueError: Unknown label type: continuous (recent versions add: Maybe you are trying to fit a classifier, which expects discrete classes on a regression target with continuous values; versions up to 1.2 print ''continuous'' in quotes). scikit-learn never switches to a regressor or bins the target for you. The last option is what happens if the prices are whole numbers (349900.0): they look like a multiclass target, and the classifier silently fits one class per distinct price, which is a worse bug because nothing fails. Choose the estimator from the task: DecisionTreeRegressor for prices.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:regression-vs-classification-9')::uuid;

-- k-nearest-neighbors-13: the explanation said trees rarely select noise columns; in the simulation it cites, about
-- three quarters of a random forest's splits are on the 40 noise columns (max_features='sqrt' often offers no useful
-- column), which made distractor a's premise true. Distractor a now states a real misconception; explanation corrected.
update item set choices = '[{"key": "a", "text": "A random forest, because the errors of its noise splits add up over the trees"}, {"key": "b", "text": "k-NN on standardized features, because the noise columns dominate the distances"}, {"key": "c", "text": "L1-penalized logistic regression, whose penalty gives noise features weight"}, {"key": "d", "text": "Gradient boosting, because each tree fits the noise left by the previous one"}]'::jsonb,
    explanation = 'After standardizing, every column contributes equally to Euclidean distance, so 40 noise columns swamp the 5 useful ones and the nearest neighbours become almost random (in a simulation, k-NN fell from about 0.96 to 0.77 accuracy, a random forest only from 0.95 to 0.92, gradient boosting from 0.95 to 0.93). A random forest does split on noise columns often (about three quarters of its splits in that simulation, mostly deep in the trees or where the random feature subset offers no useful column), but those splits remove little impurity, their effects differ from tree to tree and largely average out, and the useful features still make the decisive splits near the roots. Boosting also picks the best available split at each step, and the L1 penalty drives the noise coefficients to zero. k-NN needs feature selection or a learned metric when many features are irrelevant.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:k-nearest-neighbors-13')::uuid;

-- ml-from-scratch-11: option a (keyed) claimed nan for every constant column; for a constant such as 0.1 the float mean
-- is not exact, sd comes out about 1.4e-17 and transform returns -1 (run). The option now names a column of 1s.
update item set choices = '[{"key": "a", "text": "A column of all 1s gives sd = 0, and transform returns nan for that column (0 / 0)."}, {"key": "b", "text": "X.std(axis=0) uses ddof=0, the same convention as scikit-learn''s StandardScaler."}, {"key": "c", "text": "Using axis=1 instead of axis=0 would give the same result for a square X."}, {"key": "d", "text": "Calling transform before fit returns X unchanged, since mu and sd default to 0 and 1."}, {"key": "e", "text": "fit modifies X in place, so the caller''s array is centred after fitting."}]'::jsonb,
    explanation = 'For a column of 1s, X − mu is exactly 0 and sd is 0, so NumPy returns nan with a RuntimeWarning. (For a constant that floats cannot represent exactly, such as 0.1, rounding leaves a tiny sd of about 1e-17 and transform returns −1 instead; scikit-learn avoids both outcomes by using a scale of 1 for constant and near-constant features.) NumPy''s std defaults to ddof=0, the population standard deviation, which StandardScaler also uses (checked: the outputs match). axis=1 computes statistics per row, which is a different transformation even when X is square; mu and sd do not exist before fit, so transform raises AttributeError; and X.mean and X.std return new arrays without touching X.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:ml-from-scratch-11')::uuid;

-- anomaly-detection-9: the explanation said the exact harmonic number gives c(256) ≈ 10.24; it gives 10.249. 10.24
-- comes from the approximation H(i) ≈ ln(i) + 0.5772 used by the paper and scikit-learn (10.245); s rounds to 0.707 either way.
update item set explanation = 's = 2^(−5.12 / 10.24) = 2^(−0.5) = 1/√2 ≈ 0.707. Scores near 1 indicate anomalies (isolated in far fewer splits than average), scores around 0.5 or below indicate normal points; here the point is isolated in half the usual number of splits. (c(256) = 2H(255) − 2·255/256 ≈ 10.24 with the approximation H(i) ≈ ln(i) + 0.5772 that the paper and scikit-learn use; the exact harmonic number gives 10.25 and s ≈ 0.7073, which also rounds to 0.707.) scikit-learn''s score_samples returns the negative of this score, so lower means more abnormal there.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:anomaly-detection-9')::uuid;

-- autonomous-driving-ml-8: common equivalent names (non-maxima / non-maximal suppression, hyphen variants) were rejected.
update item set answer = '{"accepted": ["non-maximum suppression", "non maximum suppression", "nonmaximum suppression", "non-max suppression", "non max suppression", "NMS", "non-maximum-suppression", "non-max-suppression", "non-maxima suppression", "non maxima suppression", "nonmaxima suppression", "non-maximal suppression", "non maximal suppression", "non-maximum suppression (NMS)", "NMS (non-maximum suppression)", "non-max suppression (NMS)"]}'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:autonomous-driving-ml-8')::uuid;

-- hierarchical-clustering-8: qualified calls with empty parentheses (hierarchy.dendrogram()) and the common alias shc were rejected.
update item set answer = '{"accepted": ["dendrogram", "dendrogram()", "dendrogram(Z)", "scipy.cluster.hierarchy.dendrogram", "hierarchy.dendrogram", "scipy.cluster.hierarchy.dendrogram(Z)", "hierarchy.dendrogram(Z)", "sch.dendrogram(Z)", "sch.dendrogram", "scipy.cluster.hierarchy.dendrogram()", "hierarchy.dendrogram()", "sch.dendrogram()", "shc.dendrogram", "shc.dendrogram()", "shc.dendrogram(Z)", "the dendrogram function"]}'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:hierarchical-clustering-8')::uuid;
