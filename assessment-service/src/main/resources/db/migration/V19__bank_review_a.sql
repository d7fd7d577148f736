-- Independent review (r1) of 60 items of the rewritten bank (V10-V18). Corrections only: every item keeps its id,
-- its key letter and what it measures.

-- eda-workflow-12: the key claimed a definite direction (biased toward long tenures). Averaging the tenure-so-far of
-- current customers mixes survivorship (favours long lifetimes) with censoring (running tenures are cut short), and
-- the net direction depends on the lifetime distribution and on growth (simulated: low-variance lifetimes or a growing
-- base give a too-short average), so option c was also defensible. Key made direction-free; c replaced by a real
-- misconception (dropping recent sign-ups fixes it).
update item set choices = '[{"key": "a", "text": "Nothing: the current table is the most up-to-date source of tenure data"}, {"key": "b", "text": "It is biased: churners are missing and current tenures are not yet complete"}, {"key": "c", "text": "It becomes unbiased once the customers who joined in the last month are left out"}, {"key": "d", "text": "It is only noisy: with enough customers the average is still unbiased"}]'::jsonb,
    explanation = 'Deleting the customers who left removes every finished lifetime (survivorship bias), and the tenures of current customers are censored: they are still running, so each one understates that customer''s full lifetime. The first effect favours long-lived customers, the second cuts lifetimes short, so the average is biased in a direction that depends on how churn is spread over time and on how fast the customer base grows; a larger sample does not remove either bias. Keep the churned records and estimate lifetime from the full history with survival analysis (e.g. a Kaplan-Meier curve), which handles censored tenures. Leaving out recent sign-ups removes neither problem, and being the most recent table does not make it a representative sample of lifetimes.',
    version = version + 1, updated_at = now() where id = md5('learnpath-seed-item:eda-workflow-12')::uuid;

-- feature-engineering-13: the target was not stated; in a property table most readers assume the target is price,
-- and then the keyed feature price / floor_area would be target leakage rather than a useful feature. The stem now
-- names a target for which price is a legitimate input.
update item set stem = 'You train gradient-boosted trees to predict mortgage default from the raw columns of a loan table that describes each property and borrower. Which engineered features could still add information the trees cannot easily build from the raw columns themselves? Select all that apply.',
    version = version + 1, updated_at = now() where id = md5('learnpath-seed-item:feature-engineering-13')::uuid;

-- class-imbalance-12: the explanation asserted "one discordant case", which the stem does not give (A and B can
-- disagree on several positives while differing by one hit in total).
update item set explanation = 'With 12 positives each case moves recall by 8 points, and a 95% interval for a recall of 10/12 runs from roughly 0.55 to 0.95, so one extra hit is well within sampling noise. Evaluate over several folds (with stratification so each fold has positives), bootstrap the validation set, or collect more positives before deciding. Scoring both models on the same cases helps (a paired comparison such as McNemar''s test looks at the positives where they disagree), but a net difference of one case out of 12 still cannot establish a difference, and lower recall does not imply higher precision.',
    version = version + 1, updated_at = now() where id = md5('learnpath-seed-item:class-imbalance-12')::uuid;

-- pandas-groupby-11: the explanation said the labels "never match", which holds only for non-integer store labels;
-- with integer store ids (common) some labels match the row index and the result is silently wrong, not all NaN.
update item set explanation = 'transform(''sum'') repeats each store''s total on every row of that store, with df''s index, so the division is row by row. s.sum() is indexed by store, and dividing df[''sales''] (indexed by row) by it aligns row labels with store labels: with store names the result is all NaN, and with integer store ids some labels match by accident and the result is silently wrong. s.sum() / total gives each store''s share of all sales (one value per store), and the last option gives that store share repeated on every row.',
    version = version + 1, updated_at = now() where id = md5('learnpath-seed-item:pandas-groupby-11')::uuid;
