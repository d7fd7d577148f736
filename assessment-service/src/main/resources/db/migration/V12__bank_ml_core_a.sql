-- Issue 28, item bank rewrite for thirteen core-ML skills (bias-variance-tradeoff .. k-means-clustering).
-- Corrections keep an item's id and bump its version; replaced items are retired and new ones published
-- with the next seed keys (md5('learnpath-seed-item:<skill>-<n>')::uuid, n >= 7). Every number in these
-- items was recomputed, and every code snippet run, with NumPy/pandas/SciPy/scikit-learn before publishing.

-- ============================================================================================================
-- Skill: bias-variance-tradeoff
-- ============================================================================================================
-- bias-variance-tradeoff-2: rebalance option lengths (the key was the longest option)
update item set choices = '[{"key": "a", "text": "Use a more flexible model or add more informative features"}, {"key": "b", "text": "Collect more training rows of the same kind, so the model sees more examples"}, {"key": "c", "text": "Increase the regularization strength so that the model generalizes better"}, {"key": "d", "text": "Stop training earlier so that the model does not fit noise in the training set"}]'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:bias-variance-tradeoff-2')::uuid;

-- bias-variance-tradeoff-4: shorter key, distractor without 'never'
update item set choices = '[{"key": "a", "text": "The model underfits, so adding more rows will not lower the validation error"}, {"key": "b", "text": "The validation set is contaminated with training rows, which distorts the gap"}, {"key": "c", "text": "High variance: more data or stronger regularization should narrow the gap further"}, {"key": "d", "text": "The curves have converged, so the remaining gap is fixed and more data will not shrink it"}]'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:bias-variance-tradeoff-4')::uuid;

-- bias-variance-tradeoff-6: shorter key; distractors without 'never' and 'must'
update item set choices = '[{"key": "a", "text": "It signals a bug, because training accuracy should not drop when more data is added"}, {"key": "b", "text": "The new rows are probably mislabeled, since the same model can no longer fit its own training set"}, {"key": "c", "text": "The model now underfits, so you should switch to a more complex model class"}, {"key": "d", "text": "It is expected: more data makes memorising harder, so training and validation scores converge"}]'::jsonb,
    explanation = 'With a larger sample the same model cannot memorise noise, so training accuracy drops toward its true performance while validation accuracy rises; the shrinking gap (99 vs 70 becoming 93 vs 88) is the reduction in variance that more data buys. Training accuracy is not expected to stay put as data grows, so a drop is no sign of a bug, and nothing points to mislabeling: a model that fits its training set less perfectly is the normal effect of more data. A 5-point gap with good validation accuracy is not underfitting; whether more capacity helps should be checked on validation data.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:bias-variance-tradeoff-6')::uuid;

insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:bias-variance-tradeoff-7')::uuid,
 'Imagine drawing many training sets from the same population and refitting a model on each. Its predictions at one input, averaged over all those fits, still miss the true value by a wide margin. Which error component does this describe?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "Bias"}, {"key": "b", "text": "Variance"}, {"key": "c", "text": "Irreducible noise"}, {"key": "d", "text": "Data leakage"}]'::jsonb,
 '{"choice": "a"}'::jsonb,
 'Bias is the gap between the average prediction (over training sets) and the true function, i.e. a systematic error that remains however many training sets you average; it comes from the model''s assumptions, such as fitting a line to a curve. Variance is how much the individual fits scatter around their own average, and irreducible noise is randomness in the target itself that no model can predict; neither shifts the average prediction away from the truth. Leakage is an evaluation flaw, not a component of the error decomposition.',
 -1.4, 'PUBLISHED'),
(md5('learnpath-seed-item:bias-variance-tradeoff-8')::uuid,
 'Four models are fitted to the same 30 noisy points sampled from a smooth curve. Which one has the highest variance, i.e. its predictions change most when the 30 points are redrawn?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "A straight line fitted by least squares"}, {"key": "b", "text": "1-nearest-neighbour regression"}, {"key": "c", "text": "Ridge regression with a very large alpha"}, {"key": "d", "text": "A model that predicts the mean of the training targets"}]'::jsonb,
 '{"choice": "b"}'::jsonb,
 'A 1-nearest-neighbour regressor reproduces each training target exactly and predicts from a single noisy neighbour, so every redraw of the data moves its predictions: low bias, very high variance. A straight line has only two parameters and changes little from sample to sample, ridge with a huge alpha shrinks the slope toward zero and changes even less, and predicting the training mean is the most stable (and most biased) of all.',
 -1.3, 'PUBLISHED'),
(md5('learnpath-seed-item:bias-variance-tradeoff-9')::uuid,
 'A validation curve for polynomial regression shows training RMSE falling steadily from degree 1 to degree 15, while validation RMSE falls until degree 4 and rises after it. Which degrees are overfitting?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "Degrees above 4"}, {"key": "b", "text": "Degrees below 4"}, {"key": "c", "text": "Every degree, since the training RMSE keeps falling"}, {"key": "d", "text": "None, because the validation RMSE has a minimum"}]'::jsonb,
 '{"choice": "a"}'::jsonb,
 'Past degree 4 the extra flexibility still lowers the training error but raises the validation error: the model is fitting noise of this sample (high variance). Below degree 4 both errors are higher, which is underfitting (high bias). A falling training error alone says nothing about overfitting, since it always improves with capacity; and the fact that the validation curve has a minimum is precisely what locates the best degree, with overfitting on its right.',
 -0.5, 'PUBLISHED'),
(md5('learnpath-seed-item:bias-variance-tradeoff-10')::uuid,
 'At one input x0 the true noise-free value is f(x0) = 8. Four models of the same kind, each trained on a different sample from the population, predict 9, 11, 10 and 14 at x0. Estimate the variance term at x0: the average squared deviation of the predictions from their own mean. Give the number.',
 'NUMERIC',
 null,
 '{"value": 3.5, "tolerance": 0.01}'::jsonb,
 'The mean prediction is (9 + 11 + 10 + 14) / 4 = 11. The deviations from it are -2, 0, -1 and 3, whose squares 4, 0, 1 and 9 average to 14 / 4 = 3.5. The bias at x0 is 11 - 8 = 3, so the squared bias is 9: the models are mostly wrong in the same direction. Measuring the deviations from the true value 8 instead (average 12.5) mixes bias and variance together.',
 -0.2, 'PUBLISHED'),
(md5('learnpath-seed-item:bias-variance-tradeoff-11')::uuid,
 'A depth-2 decision tree underfits: its training and validation errors are both high and close together. A colleague proposes bagging 500 such depth-2 trees and averaging them. What do you expect?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "A large gain, because averaging 500 trees cuts both bias and variance"}, {"key": "b", "text": "Little gain: averaging mostly cuts variance, and these trees'' main problem is bias"}, {"key": "c", "text": "Worse validation error, because averaging many trees adds variance"}, {"key": "d", "text": "Overfitting, because 500 trees give the ensemble too many parameters"}]'::jsonb,
 '{"choice": "b"}'::jsonb,
 'Bagging averages models fitted to bootstrap samples; the average of many high-bias trees has about the same bias, and only the (already small) variance goes down. To cut bias, make each learner more flexible (deeper trees) or boost shallow trees, so that each new tree corrects the errors of the previous ones. Averaging never increases variance, and adding bagged trees does not make a bagged ensemble overfit more; its error levels off as trees are added.',
 1.2, 'PUBLISHED'),
(md5('learnpath-seed-item:bias-variance-tradeoff-12')::uuid,
 'A regression model has training RMSE 2.1 and validation RMSE 2.3. Repeated lab measurements show that the target itself has measurement noise with a standard deviation of about 2.0. Which conclusions are reasonable? Select all that apply.',
 'MULTIPLE_CHOICE',
 '[{"key": "a", "text": "The model is close to the error floor set by the noise, so large gains from tuning are unlikely"}, {"key": "b", "text": "Less noisy labels or new informative features are the more promising routes to a lower error"}, {"key": "c", "text": "The model underfits badly; switching to a far more flexible model should bring a big improvement"}, {"key": "d", "text": "Adding more rows of the same kind should bring the validation RMSE well below 2.0"}]'::jsonb,
 '{"choices": ["a", "b"]}'::jsonb,
 'With noise of standard deviation 2.0 in the target, no model using these features can reach an expected RMSE below about 2.0 (the irreducible error), and the model is already at 2.3 on validation data, so tuning can win at most a little. Lower error needs a lower floor: cleaner labels, or features that explain part of what is now noise. The small train/validation gap shows neither strong underfitting beyond the floor nor high variance, and more data reduces variance, not the noise floor.',
 1.1, 'PUBLISHED');

insert into item_skill (item_id, skill_code) values
(md5('learnpath-seed-item:bias-variance-tradeoff-7')::uuid, 'bias-variance-tradeoff'),
(md5('learnpath-seed-item:bias-variance-tradeoff-8')::uuid, 'bias-variance-tradeoff'),
(md5('learnpath-seed-item:bias-variance-tradeoff-9')::uuid, 'bias-variance-tradeoff'),
(md5('learnpath-seed-item:bias-variance-tradeoff-10')::uuid, 'bias-variance-tradeoff'),
(md5('learnpath-seed-item:bias-variance-tradeoff-11')::uuid, 'bias-variance-tradeoff'),
(md5('learnpath-seed-item:bias-variance-tradeoff-12')::uuid, 'bias-variance-tradeoff');

-- ============================================================================================================
-- Skill: class-imbalance
-- ============================================================================================================
-- class-imbalance-2: shorter key, distractors as specific
update item set choices = '[{"key": "a", "text": "It undersamples the majority class at fit time until both classes have the same number of rows"}, {"key": "b", "text": "It weights each sample by n_samples / (n_classes x count of its class), so rare-class errors cost more"}, {"key": "c", "text": "It generates synthetic minority samples with SMOTE before each fit, so that both classes end up the same size"}, {"key": "d", "text": "It moves the decision threshold to the positive-class prevalence instead of weighting the loss"}]'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:class-imbalance-2')::uuid;

-- class-imbalance-4: distractor d now also speaks of the positive class, so the key is not the only option echoing the stem
update item set choices = '[{"key": "a", "text": "Use stratified splits and StratifiedKFold so every fold contains positives in the right proportion"}, {"key": "b", "text": "Train with class weights that upweight the positive class"}, {"key": "c", "text": "Choose the decision threshold from a precision-recall curve computed on validation data"}, {"key": "d", "text": "Oversample the positive class in the test set until it is balanced, then report precision on it"}, {"key": "e", "text": "Compare models with PR-AUC or recall at a fixed precision instead of accuracy"}]'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:class-imbalance-4')::uuid;

-- class-imbalance-5: shorter key; distractor without 'always'
update item set choices = '[{"key": "a", "text": "SMOTE lowers recall in general, so the true recall is probably even higher than 0.95"}, {"key": "b", "text": "Points synthesized from rows that later sit in validation folds leak into training; resample inside each training fold"}, {"key": "c", "text": "SMOTE should be applied to the validation folds only, so that the model trains on the real class ratio"}, {"key": "d", "text": "Cross-validation is not valid on imbalanced data; a single stratified train/test split should be used"}]'::jsonb,
    explanation = 'Oversampling before splitting leaks information: synthetic minority examples created from a point, or the point itself, can appear in both the training and the validation folds, and validation folds no longer have the real class ratio. Putting SMOTE in an imblearn Pipeline makes it run during fit only, so every validation fold stays untouched real data. Resampling validation or test data is wrong (they must reflect reality), cross-validation works fine with stratification, and SMOTE has no systematic effect that would make the true recall higher than the leaky estimate.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:class-imbalance-5')::uuid;

-- class-imbalance-6: shorter key; distractor without 'always'
update item set choices = '[{"key": "a", "text": "They will overestimate the positive-class probability, so they need recalibration"}, {"key": "b", "text": "They will be well calibrated, because logistic regression produces calibrated probabilities by design"}, {"key": "c", "text": "They will systematically underestimate the probability of the positive class in production"}, {"key": "d", "text": "Only the ranking changes: probabilities stay correct on production data, but ROC-AUC drops sharply"}]'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:class-imbalance-6')::uuid;

-- class-imbalance-1: near-duplicate of confusion-matrix-metrics-2 (accuracy of the all-negative model); replaced by class-imbalance-7
update item set status = 'RETIRED', version = version + 1, updated_at = now() where id = md5('learnpath-seed-item:class-imbalance-1')::uuid;

insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:class-imbalance-7')::uuid,
 'A training set has 98,000 legitimate and 2,000 fraudulent transactions. Which description matches random undersampling?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "Dropping random legitimate rows from the training set until the classes are closer in size"}, {"key": "b", "text": "Copying randomly chosen fraud rows, with replacement, until both classes have 98,000 rows"}, {"key": "c", "text": "Removing randomly chosen rows of both classes from the test set so that it becomes balanced"}, {"key": "d", "text": "Training on a random 2% sample of all rows, so that the model fits faster on the smaller data set"}]'::jsonb,
 '{"choice": "a"}'::jsonb,
 'Random undersampling discards majority-class rows (here legitimate transactions) from the training data only; it is cheap but throws information away. Duplicating minority rows is random oversampling. Balancing the test set is a mistake, because evaluation data must keep the real class ratio that the model will face, and a plain random subsample keeps the 2% fraud rate, so it does nothing about the imbalance.',
 -1.3, 'PUBLISHED'),
(md5('learnpath-seed-item:class-imbalance-8')::uuid,
 'Name the widely used method (available in imbalanced-learn) that creates new minority-class training examples by interpolating between a minority example and one of its k nearest minority-class neighbours.',
 'SHORT_TEXT',
 null,
 '{"accepted": ["SMOTE", "SMOTE()", "imblearn SMOTE", "imblearn.over_sampling.SMOTE", "Synthetic Minority Oversampling Technique", "Synthetic Minority Over-sampling Technique", "Synthetic Minority Over-Sampling Technique (SMOTE)", "Synthetic Minority Oversampling Technique (SMOTE)", "synthetic minority oversampling", "synthetic minority over-sampling"]}'::jsonb,
 'SMOTE (Synthetic Minority Over-sampling Technique, Chawla et al. 2002) picks a minority example, chooses one of its k nearest minority neighbours (k = 5 by default) and creates a new point at a random position on the segment between them. Unlike random oversampling it does not copy rows, but like any resampling it must only touch the training data (inside each cross-validation fold). Variants such as Borderline-SMOTE and ADASYN focus the synthetic points near the class boundary.',
 -1.4, 'PUBLISHED'),
(md5('learnpath-seed-item:class-imbalance-9')::uuid,
 'A logistic regression trained on data with 3% positives ranks cases well (PR-AUC is good on validation data), but model.predict() labels almost nothing as positive. What is the cheapest fix?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "Raise max_iter and retrain until the model starts to predict positives"}, {"key": "b", "text": "Pick a lower cut-off for predict_proba, chosen on validation data"}, {"key": "c", "text": "Oversample the positives in the test set so that more of them are predicted"}, {"key": "d", "text": "Drop the features that are most strongly associated with the negative class"}]'::jsonb,
 '{"choice": "b"}'::jsonb,
 'predict() uses a 0.5 probability cut-off, and with a 3% base rate few cases ever reach 0.5 even when the ranking is good. Since the ranking is fine, choose the threshold that gives the precision/recall trade-off you need on validation data (e.g. from precision_recall_curve) and apply it to predict_proba. More iterations only help if the solver had not converged, resampling test data falsifies the evaluation, and dropping informative features makes the ranking worse.',
 -0.4, 'PUBLISHED'),
(md5('learnpath-seed-item:class-imbalance-10')::uuid,
 'A test set has 950 negatives and 50 positives. A classifier gets TN = 900, FP = 50, TP = 20 and FN = 30. What is its balanced accuracy, the mean of the recall of each class (sklearn.metrics.balanced_accuracy_score)? Round to two decimals.',
 'NUMERIC',
 null,
 '{"value": 0.67, "tolerance": 0.005}'::jsonb,
 'Recall of the positive class is 20 / 50 = 0.40 and recall of the negative class (specificity) is 900 / 950 ≈ 0.947, so balanced accuracy is (0.40 + 0.947) / 2 ≈ 0.674. Plain accuracy is (900 + 20) / 1000 = 0.92, which looks good mainly because negatives dominate; balanced accuracy gives both classes equal weight, so a model that always predicts negative would score 0.5 instead of 0.95.',
 -0.3, 'PUBLISHED'),
(md5('learnpath-seed-item:class-imbalance-11')::uuid,
 'A fraud model is evaluated on a test set that was balanced by downsampling legitimate transactions to 50% fraud. At the chosen threshold it has recall 0.80 and precision 0.90 there. In production, 1% of transactions are fraud. Assuming the model''s score distributions per class are unchanged, what precision should you expect in production at the same threshold? Round to two decimals.',
 'NUMERIC',
 null,
 '{"value": 0.08, "tolerance": 0.006}'::jsonb,
 'On the balanced set, per 100 frauds there are 80 true positives and, with precision 0.90, 80 / 0.9 - 80 ≈ 8.9 false positives among 100 legitimate cases, so the false-positive rate is about 0.089. Recall and false-positive rate do not depend on prevalence. In production, per 10,000 transactions: 100 frauds give 80 true positives, and 9,900 legitimate ones give 9,900 x 0.089 ≈ 880 false positives, so precision is 80 / 960 ≈ 0.083. Precision on a rebalanced test set (0.90) says little about the alerts investigators will see.',
 1.4, 'PUBLISHED'),
(md5('learnpath-seed-item:class-imbalance-12')::uuid,
 'The validation set of a rare-disease classifier contains only 12 positive cases. Model A finds 10 of them (recall 0.83), model B finds 9 (recall 0.75). A teammate concludes that A is clearly better. What is the soundest response?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "Agree: an 8-point difference in recall is large by any standard"}, {"key": "b", "text": "Disagree: B is better, because a lower recall implies a higher precision"}, {"key": "c", "text": "Hold off: one case out of 12 is within chance; compare over CV folds or with bootstrap intervals"}, {"key": "d", "text": "Agree, because both models were scored on exactly the same 12 positives, which removes all noise"}]'::jsonb,
 '{"choice": "c"}'::jsonb,
 'With 12 positives each case moves recall by 8 points, and a 95% interval for a recall of 10/12 runs from roughly 0.55 to 0.95, so one extra hit is well within sampling noise. Evaluate over several folds (with stratification so each fold has positives), bootstrap the validation set, or collect more positives before deciding. Scoring both models on the same cases helps (a paired comparison), but with one discordant case it still cannot establish a difference, and lower recall does not imply higher precision.',
 1.1, 'PUBLISHED'),
(md5('learnpath-seed-item:class-imbalance-13')::uuid,
 'Instead of changing which rows the model trains on, you tell the learner that a missed positive costs ten times as much as a false alarm, e.g. through class_weight or sample_weight. What is this approach called?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "Cost-sensitive learning"}, {"key": "b", "text": "Random oversampling with replacement"}, {"key": "c", "text": "Stratified sampling"}, {"key": "d", "text": "Data augmentation"}]'::jsonb,
 '{"choice": "a"}'::jsonb,
 'Cost-sensitive learning changes the loss so that errors on the rare, expensive class weigh more, keeping every row as it is; class_weight and sample_weight are scikit-learn''s ways of doing this. Random oversampling and data augmentation change the training rows themselves, and stratified sampling keeps class proportions equal across splits without changing them.',
 -1.2, 'PUBLISHED'),
(md5('learnpath-seed-item:class-imbalance-14')::uuid,
 'The same classifier, with the same threshold, is evaluated on two test sets that differ only in class prevalence (1% versus 20% positives); the score distribution within each class is identical. Which metrics will differ between the two test sets? Select all that apply.',
 'MULTIPLE_CHOICE',
 '[{"key": "a", "text": "Precision"}, {"key": "b", "text": "Recall"}, {"key": "c", "text": "ROC-AUC"}, {"key": "d", "text": "Accuracy, unless recall and specificity are equal"}]'::jsonb,
 '{"choices": ["a", "d"]}'::jsonb,
 'Recall and the false-positive rate are computed within one class each, so they, and the ROC curve and its AUC built from them, do not depend on prevalence. Precision mixes the classes: with more negatives per positive, the same false-positive rate produces more false alarms per true hit, so precision drops at 1% prevalence. Accuracy is a prevalence-weighted average of recall and specificity, so it shifts with prevalence unless the two are equal.',
 0.8, 'PUBLISHED');

insert into item_skill (item_id, skill_code) values
(md5('learnpath-seed-item:class-imbalance-7')::uuid, 'class-imbalance'),
(md5('learnpath-seed-item:class-imbalance-8')::uuid, 'class-imbalance'),
(md5('learnpath-seed-item:class-imbalance-9')::uuid, 'class-imbalance'),
(md5('learnpath-seed-item:class-imbalance-10')::uuid, 'class-imbalance'),
(md5('learnpath-seed-item:class-imbalance-11')::uuid, 'class-imbalance'),
(md5('learnpath-seed-item:class-imbalance-12')::uuid, 'class-imbalance'),
(md5('learnpath-seed-item:class-imbalance-13')::uuid, 'class-imbalance'),
(md5('learnpath-seed-item:class-imbalance-14')::uuid, 'class-imbalance');

-- ============================================================================================================
-- Skill: confusion-matrix-metrics
-- ============================================================================================================
-- confusion-matrix-metrics-4: shorter key, distractors as specific, no 'must'
update item set choices = '[{"key": "a", "text": "Screening: precision, since false alarms cause anxiety and extra tests; spam filter: recall, since every spam message should be caught"}, {"key": "b", "text": "Cancer screening: accuracy; spam filter: accuracy, since it summarizes all four cells of the matrix"}, {"key": "c", "text": "Cancer screening: specificity, to avoid needless biopsies; spam filter: recall, to catch as much spam as possible"}, {"key": "d", "text": "Screening: recall, as a missed cancer costs far more than a follow-up test; spam filter: precision, as losing a real email is worse"}]'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:confusion-matrix-metrics-4')::uuid;

-- confusion-matrix-metrics-5: distractor d without 'always'
update item set choices = '[{"key": "a", "text": "Macro-averaged F1 gives each class equal weight, regardless of its support"}, {"key": "b", "text": "Weighted-averaged F1 weights each class''s F1 by its support, so it is dominated by the 900-sample class"}, {"key": "c", "text": "Micro-averaged precision, recall and F1 all equal accuracy in this setting"}, {"key": "d", "text": "Macro F1 is higher than weighted F1 whenever the classes are imbalanced"}, {"key": "e", "text": "Micro averaging is the best choice when you specifically want the rare class to count"}]'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:confusion-matrix-metrics-5')::uuid;

insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:confusion-matrix-metrics-7')::uuid,
 'A spam filter has a precision of 0.95 for the spam class. What does that tell you?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "95% of all spam emails are caught by the filter"}, {"key": "b", "text": "95% of the emails it flags as spam really are spam"}, {"key": "c", "text": "95% of all emails, spam or not, are classified correctly"}, {"key": "d", "text": "5% of legitimate emails end up in the spam folder"}]'::jsonb,
 '{"choice": "b"}'::jsonb,
 'Precision is TP / (TP + FP): among the emails predicted as spam, the share that really is spam. The share of all spam that gets caught is recall, the share of all emails classified correctly is accuracy, and the share of legitimate emails flagged is the false-positive rate, which depends on how many legitimate emails there are and cannot be read off the precision alone.',
 -1.3, 'PUBLISHED'),
(md5('learnpath-seed-item:confusion-matrix-metrics-8')::uuid,
 'A screening test flags a healthy patient as having the disease. In the confusion matrix, with ''has the disease'' as the positive class, this case is a:',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "False negative"}, {"key": "b", "text": "False positive"}, {"key": "c", "text": "True positive"}, {"key": "d", "text": "Type II error"}]'::jsonb,
 '{"choice": "b"}'::jsonb,
 'The prediction is positive and it is wrong, so it is a false positive (a type I error). A false negative (type II error) is the opposite mistake: a sick patient predicted healthy. A true positive would be a sick patient correctly flagged; here the flag is wrong, because the patient is healthy.',
 -1.4, 'PUBLISHED'),
(md5('learnpath-seed-item:confusion-matrix-metrics-9')::uuid,
 'A classifier''s confusion matrix has TP = 80, FN = 20, FP = 60 and TN = 840. What is its specificity (the true negative rate)? Round to three decimals.',
 'NUMERIC',
 null,
 '{"value": 0.933, "tolerance": 0.0005}'::jsonb,
 'Specificity is TN / (TN + FP) = 840 / (840 + 60) = 840 / 900 ≈ 0.933: the share of actual negatives that are correctly predicted negative. It is the recall of the negative class, and 1 - specificity (about 0.067) is the false-positive rate plotted on a ROC curve''s x-axis. TP / (TP + FN) = 0.8 is the recall (sensitivity), and TN / (TN + FN) ≈ 0.977 is the negative predictive value.',
 -0.6, 'PUBLISHED'),
(md5('learnpath-seed-item:confusion-matrix-metrics-10')::uuid,
 'The decision threshold of a probabilistic binary classifier is raised from 0.5 to 0.8, with the test set unchanged. Which of these effects follow? Select all that apply.',
 'MULTIPLE_CHOICE',
 '[{"key": "a", "text": "Recall of the positive class stays the same or drops"}, {"key": "b", "text": "The number of samples predicted positive stays the same or drops"}, {"key": "c", "text": "Precision rises by exactly as much as recall falls"}, {"key": "d", "text": "The numbers of actual positives and actual negatives change"}]'::jsonb,
 '{"choices": ["a", "b"]}'::jsonb,
 'A higher threshold can only move samples from predicted positive to predicted negative, so predicted positives (TP + FP) shrink or stay equal and TP can only shrink, so recall = TP / (TP + FN) cannot rise. Precision usually rises, but not by a fixed amount and not necessarily at all: it can even fall if the removed predictions were mostly true positives. The actual class counts (TP + FN and FP + TN) are properties of the test set and do not depend on the threshold.',
 -0.2, 'PUBLISHED'),
(md5('learnpath-seed-item:confusion-matrix-metrics-11')::uuid,
 'A fraud team considers a missed fraud much worse than a false alarm and summarizes models with the F-beta score with beta = 2, F2 = (1 + 2²)·P·R / (2²·P + R). A model has precision P = 0.5 and recall R = 0.8. What is its F2 score? Round to three decimals.',
 'NUMERIC',
 null,
 '{"value": 0.714, "tolerance": 0.0005}'::jsonb,
 'F2 = 5·0.5·0.8 / (4·0.5 + 0.8) = 2 / 2.8 ≈ 0.714 (sklearn.metrics.fbeta_score with beta=2 gives the same). beta > 1 weights recall more than precision, so F2 here is above the F1 of 2·0.5·0.8 / 1.3 ≈ 0.615, which treats both equally; F0.5 would favour precision instead. Putting the 4 on R instead of P computes F0.5 by mistake.',
 1.1, 'PUBLISHED'),
(md5('learnpath-seed-item:confusion-matrix-metrics-12')::uuid,
 'y_true and y_pred are lists of the strings ''churn'' and ''stay''. What does sklearn.metrics.precision_score(y_true, y_pred) do with its default arguments?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "It raises a ValueError, because the default pos_label=1 is not one of the labels; pass pos_label=''churn''"}, {"key": "b", "text": "It scores ''churn'' as the positive class, because it is the first of the two labels in alphabetical order"}, {"key": "c", "text": "It scores ''stay'' as the positive class, because the last label in sorted order counts as positive"}, {"key": "d", "text": "It returns the macro average of the precision of both labels, since no positive label was given"}]'::jsonb,
 '{"choice": "a"}'::jsonb,
 'With average=''binary'' (the default), precision_score reports the precision of pos_label, which defaults to 1. When the labels are strings, 1 is not among them and scikit-learn raises ''ValueError: pos_label=1 is not a valid label''; passing pos_label=''churn'' (or encoding the target as 0/1) fixes it. scikit-learn does not guess the positive class from label order, and averaging over classes only happens when you ask for it with average=''macro'', ''micro'' or ''weighted''.',
 1.0, 'PUBLISHED'),
(md5('learnpath-seed-item:confusion-matrix-metrics-13')::uuid,
 'Which sklearn.metrics function prints a text table of per-class precision, recall, F1-score and support, followed by accuracy and the macro and weighted averages? Give the function name.',
 'SHORT_TEXT',
 null,
 '{"accepted": ["classification_report", "classification_report()", "classification_report(y_true, y_pred)", "sklearn.metrics.classification_report", "metrics.classification_report", "sklearn.metrics.classification_report()", "print(classification_report(y_true, y_pred))"]}'::jsonb,
 'classification_report(y_true, y_pred) returns a formatted string (or a dict with output_dict=True) with one row per class and the accuracy, macro-average and weighted-average rows. confusion_matrix gives the raw counts the report is computed from, and precision_recall_fscore_support returns the same per-class numbers as arrays.',
 -0.8, 'PUBLISHED');

insert into item_skill (item_id, skill_code) values
(md5('learnpath-seed-item:confusion-matrix-metrics-7')::uuid, 'confusion-matrix-metrics'),
(md5('learnpath-seed-item:confusion-matrix-metrics-8')::uuid, 'confusion-matrix-metrics'),
(md5('learnpath-seed-item:confusion-matrix-metrics-9')::uuid, 'confusion-matrix-metrics'),
(md5('learnpath-seed-item:confusion-matrix-metrics-10')::uuid, 'confusion-matrix-metrics'),
(md5('learnpath-seed-item:confusion-matrix-metrics-11')::uuid, 'confusion-matrix-metrics'),
(md5('learnpath-seed-item:confusion-matrix-metrics-12')::uuid, 'confusion-matrix-metrics'),
(md5('learnpath-seed-item:confusion-matrix-metrics-13')::uuid, 'confusion-matrix-metrics');

-- ============================================================================================================
-- Skill: cross-validation
-- ============================================================================================================
-- cross-validation-1: shorter key; distractors as specific, no 'never'
update item set choices = '[{"key": "a", "text": "Five models are fitted, and each sample is validated once and used in training four times"}, {"key": "b", "text": "The model is trained once on all the data and then scored on five different held-out folds"}, {"key": "c", "text": "20% of the data is held out from training in every round, and it is the same 20% each time"}, {"key": "d", "text": "Each round trains on 50% of the data and validates on the other 50%, alternating five times"}]'::jsonb,
    explanation = 'K-fold splits the data into k parts, trains k models each on k-1 parts and validates each on the remaining part, so every sample is validated exactly once and used for training k-1 times. With k = 5 each model trains on 80% of the data. The approach refits a model per fold (not once), the held-out 20% changes from round to round, and 50/50 splits would be 2-fold cross-validation.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:cross-validation-1')::uuid;

-- cross-validation-3: shorter key, distractors as specific
update item set choices = '[{"key": "a", "text": "KFold with shuffle=True, so every fold mixes weeks from all seasons"}, {"key": "b", "text": "StratifiedKFold on binned demand values, so each fold covers all demand levels"}, {"key": "c", "text": "TimeSeriesSplit: each validation fold comes after its training weeks"}, {"key": "d", "text": "Leave-one-out cross-validation over the weeks, which uses the most training data"}]'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:cross-validation-3')::uuid;

-- cross-validation-4: key no longer the longest option
update item set choices = '[{"key": "a", "text": "KFold(n_splits=5, shuffle=True)"}, {"key": "b", "text": "StratifiedKFold(n_splits=5) on the target"}, {"key": "c", "text": "LeaveOneOut() over the individual purchase rows"}, {"key": "d", "text": "GroupKFold(n_splits=5) with groups=customer_id"}]'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:cross-validation-4')::uuid;

-- cross-validation-6: option a duplicated option a of cross-validation-4 word for word
update item set choices = '[{"key": "a", "text": "KFold(5): plain folds in row order that ignore the classes"}, {"key": "b", "text": "StratifiedKFold(n_splits=5) without shuffling"}, {"key": "c", "text": "ShuffleSplit(n_splits=5, test_size=0.2)"}, {"key": "d", "text": "StratifiedKFold(n_splits=5, shuffle=True) with a random seed"}]'::jsonb,
    explanation = 'When cv is an integer and the estimator is a classifier with a binary or multiclass target, scikit-learn uses StratifiedKFold; for other cases (regressors, for instance) it uses plain KFold, and both are created with shuffle=False, so the splits are deterministic and follow row order. If your rows are sorted (for example by date or by class), pass an explicit StratifiedKFold(shuffle=True, random_state=...) or a splitter that suits the structure. No integer cv ever gives ShuffleSplit.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:cross-validation-6')::uuid;

insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:cross-validation-7')::uuid,
 'You have 600 labelled rows. Why is 5-fold cross-validation usually preferred over a single 80/20 train/validation split for estimating performance?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "Every row is validated once, so the estimate depends less on one lucky or unlucky split"}, {"key": "b", "text": "It trains one model faster than a train/validation split of the same data"}, {"key": "c", "text": "It makes a separate final test set unnecessary, even after hyperparameters were tuned on the folds"}, {"key": "d", "text": "It prevents the final model from overfitting the training data"}]'::jsonb,
 '{"choice": "a"}'::jsonb,
 'With only 120 validation rows, one split gives a noisy estimate that depends on which rows landed in it; averaging five folds uses all 600 rows for validation and also shows the spread across folds. Cross-validation costs k fits, not fewer, and it evaluates a modelling procedure: it does not regularize the final model. Once you tune on the folds, their scores are optimistic, so an untouched test set (or nested CV) is still needed.',
 -1.4, 'PUBLISHED'),
(md5('learnpath-seed-item:cross-validation-8')::uuid,
 'scores = cross_val_score(LogisticRegression(), X, y, cv=5). What is scores?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "A NumPy array of five scores, one per validation fold"}, {"key": "b", "text": "The mean accuracy over the five folds, as one float"}, {"key": "c", "text": "The model fitted on the fold with the best score"}, {"key": "d", "text": "An array of out-of-fold predictions, one per row of X"}]'::jsonb,
 '{"choice": "a"}'::jsonb,
 'cross_val_score returns an array of shape (5,), one score per fold (accuracy by default for classifiers); you report scores.mean() and scores.std() yourself. It keeps no fitted models (cross_validate with return_estimator=True does), and out-of-fold predictions come from cross_val_predict.',
 -1.2, 'PUBLISHED'),
(md5('learnpath-seed-item:cross-validation-9')::uuid,
 'What does cross_val_predict(model, X, y, cv=5) return, and what is it good for?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "For each row, the prediction of the fold model that did not train on it; e.g. for a confusion matrix"}, {"key": "b", "text": "For each row, the average prediction of all five fold models; it is a better estimate of test scores"}, {"key": "c", "text": "Predictions of one model refitted on all rows of X, so you can compare them with y directly"}, {"key": "d", "text": "The five fold scores, like cross_val_score, but computed from predicted labels"}]'::jsonb,
 '{"choice": "a"}'::jsonb,
 'cross_val_predict returns out-of-fold predictions: each row is predicted by the model of the fold in which it was held out, so every prediction is made without that row in training. They are handy for confusion matrices, residual plots or stacking. scikit-learn warns that a metric computed on the pooled predictions is not the same as the mean of per-fold scores (cross_val_score), and predictions from a model refitted on all rows would be in-sample and optimistic.',
 -0.7, 'PUBLISHED'),
(md5('learnpath-seed-item:cross-validation-10')::uuid,
 'cross_val_score(model, X, y, cv=RepeatedStratifiedKFold(n_splits=5, n_repeats=3, random_state=0)) is called. How many times is the model fitted?',
 'NUMERIC',
 null,
 '{"value": 15, "tolerance": 0}'::jsonb,
 'Each repeat reshuffles the data and performs a full 5-fold cross-validation, so there are 5 x 3 = 15 train/validation splits and 15 fits (get_n_splits() returns 15), giving 15 scores. cross_val_score does not refit a final model, so there is no sixteenth fit. Repeating reduces the dependence of the estimate on one particular partition of the rows.',
 -0.4, 'PUBLISHED'),
(md5('learnpath-seed-item:cross-validation-11')::uuid,
 'You are choosing the number of folds k for cross-validation on a medium-sized dataset. Which statement is true? Select all that apply.',
 'MULTIPLE_CHOICE',
 '[{"key": "a", "text": "A larger k makes each model train on a larger share of the data, so the estimate is less pessimistic"}, {"key": "b", "text": "Leave-one-out has the lowest-variance estimate of all choices of k, which is why it is the default"}, {"key": "c", "text": "With k = 2 each model trains on 80% of the data"}, {"key": "d", "text": "A smaller k costs more model fits than a larger k"}]'::jsonb,
 '{"choices": ["a"]}'::jsonb,
 'With k folds each model trains on (k-1)/k of the data: 50% for k = 2, 80% for k = 5, 90% for k = 10. Models trained on less data do a little worse, so small k gives a pessimistic estimate. Cost grows with k (k fits). Leave-one-out is nearly unbiased but its estimate can have high variance, because its n training sets are almost identical, and it is not scikit-learn''s default (cv=5 is); 5 or 10 folds are the usual compromise.',
 -0.3, 'PUBLISHED'),
(md5('learnpath-seed-item:cross-validation-12')::uuid,
 'Models A and B are scored on the same 5 cross-validation folds. A: mean 0.842, std 0.020. B: mean 0.835, std 0.021. The per-fold differences A - B are +0.006, +0.008, +0.007, +0.006 and +0.008. What is the best reading?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "There is no difference, since the mean ± std ranges of A and B overlap heavily"}, {"key": "b", "text": "A beats B on every fold; the spread is shared fold difficulty, so compare the paired per-fold differences"}, {"key": "c", "text": "B is the safer choice, because its larger std shows it generalizes across more situations"}, {"key": "d", "text": "Nothing can be said, since fold scores are not independent, so no comparison between them is meaningful at all"}]'::jsonb,
 '{"choice": "b"}'::jsonb,
 'Both models face the same folds, so much of each model''s spread is fold difficulty that affects both alike; comparing the overlapping ± std ranges ignores that pairing. The per-fold differences are all positive and very consistent (mean 0.007), which is good evidence that A ranks ahead on this data, even if the gain is small and its practical value is a separate question. Fold scores are correlated because training sets overlap, so a naive paired t-test is overconfident (corrected tests exist), but that weakens, not abolishes, the comparison. A larger std is not a virtue.',
 1.2, 'PUBLISHED'),
(md5('learnpath-seed-item:cross-validation-13')::uuid,
 'Your daily sales features include 7-day rolling means and lags up to 7 days. A colleague uses TimeSeriesSplit(n_splits=5, gap=7) instead of gap=0. What does gap=7 achieve?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "It skips 7 rows between training and validation windows, so validation features don''t reuse training targets"}, {"key": "b", "text": "It adds 7 extra rows to every validation window, so each validation fold covers at least one full week"}, {"key": "c", "text": "It shifts the target 7 rows into the future, so the model learns to forecast a week ahead instead of one day"}, {"key": "d", "text": "It leaves out every 7th row of the training window, so that weekly seasonality does not leak into the model"}]'::jsonb,
 '{"choice": "a"}'::jsonb,
 'TimeSeriesSplit''s gap excludes that many samples from the end of each training set, just before the validation set. Validation rows then start 7 days after the last training row, so their lagged and rolling features are built from days outside the training targets, which mimics a forecast made a week ahead and avoids overlap between the two sides. The gap does not change the validation window size, does not shift the target (you build the horizon into the features and target yourself) and does not thin out the training rows.',
 1.1, 'PUBLISHED');

insert into item_skill (item_id, skill_code) values
(md5('learnpath-seed-item:cross-validation-7')::uuid, 'cross-validation'),
(md5('learnpath-seed-item:cross-validation-8')::uuid, 'cross-validation'),
(md5('learnpath-seed-item:cross-validation-9')::uuid, 'cross-validation'),
(md5('learnpath-seed-item:cross-validation-10')::uuid, 'cross-validation'),
(md5('learnpath-seed-item:cross-validation-11')::uuid, 'cross-validation'),
(md5('learnpath-seed-item:cross-validation-12')::uuid, 'cross-validation'),
(md5('learnpath-seed-item:cross-validation-13')::uuid, 'cross-validation');

-- ============================================================================================================
-- Skill: dbscan
-- ============================================================================================================
-- dbscan-2: shorter key, distractors as specific
update item set choices = '[{"key": "a", "text": "As a core point, because one of its neighbours is a core point"}, {"key": "b", "text": "As noise, because it has fewer than min_samples neighbours"}, {"key": "c", "text": "As a border point of that core point''s cluster"}, {"key": "d", "text": "As the seed of a new cluster made of its three points"}]'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:dbscan-2')::uuid;

-- dbscan-3: shorter key, distractors as specific
update item set choices = '[{"key": "a", "text": "Set eps to the standard deviation of the features after scaling, so it matches the spread of the data"}, {"key": "b", "text": "Sort each point''s distance to its k-th nearest neighbour (k = min_samples) and pick eps at the knee"}, {"key": "c", "text": "Choose the eps that maximises the silhouette score computed on the points labelled as noise"}, {"key": "d", "text": "Use the elbow of an inertia curve plotted against eps, as k-means does against k"}]'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:dbscan-3')::uuid;

-- dbscan-6: shorter key, distractors as specific
update item set choices = '[{"key": "a", "text": "Use k-means with a large k, which adapts to regions of different density by itself"}, {"key": "b", "text": "Keep the small eps and report the suburban hot spots as noise, since they are sparse"}, {"key": "c", "text": "Switch to HDBSCAN or OPTICS, which can extract clusters at different density levels"}, {"key": "d", "text": "Increase min_samples until both regions are clustered correctly with the same eps value"}]'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:dbscan-6')::uuid;

insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:dbscan-7')::uuid,
 'What do DBSCAN''s two main hyperparameters, eps and min_samples, control?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "eps is the neighbourhood radius; min_samples is how many points within it make a point a core point"}, {"key": "b", "text": "eps is the convergence tolerance of the fit; min_samples is the smallest cluster size reported in the output"}, {"key": "c", "text": "eps is the largest allowed cluster diameter; min_samples is the number of clusters that the algorithm looks for"}, {"key": "d", "text": "eps is the step size of the centroid updates; min_samples is the number of points in each mini-batch"}]'::jsonb,
 '{"choice": "a"}'::jsonb,
 'A point is a core point when at least min_samples points (itself included, in scikit-learn) lie within distance eps of it; clusters grow by connecting core points that are within eps of each other, plus the border points near them. DBSCAN has no centroids, mini-batches or convergence loop, and it is not told how many clusters to find. A cluster''s size or diameter is not bounded by these parameters: chains of core points can make a cluster far wider than eps.',
 -1.4, 'PUBLISHED'),
(md5('learnpath-seed-item:dbscan-8')::uuid,
 'Compared with k-means, what does DBSCAN not ask you to choose in advance?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "The number of clusters"}, {"key": "b", "text": "A distance metric"}, {"key": "c", "text": "A neighbourhood radius"}, {"key": "d", "text": "A minimum neighbourhood size"}]'::jsonb,
 '{"choice": "a"}'::jsonb,
 'DBSCAN discovers as many clusters as the density structure produces, and labels the rest as noise; k-means needs k up front. In exchange DBSCAN needs a neighbourhood radius (eps), a minimum number of points per neighbourhood (min_samples) and a distance metric (Euclidean by default), and the number of clusters it finds depends strongly on eps.',
 -1.2, 'PUBLISHED'),
(md5('learnpath-seed-item:dbscan-9')::uuid,
 'After db = DBSCAN(eps=0.3, min_samples=5).fit(X), db.labels_ is [0, 0, 1, -1, 1, 2, -1, 2, 0]. How many clusters did DBSCAN find? Give a whole number.',
 'NUMERIC',
 null,
 '{"value": 3, "tolerance": 0}'::jsonb,
 'The distinct labels are {-1, 0, 1, 2}, but -1 marks noise, not a cluster, so there are 3 clusters (0, 1 and 2) and 2 noise points. len(set(labels)) gives 4, which is the classic off-by-one; use len(set(labels)) - (1 if -1 in labels else 0).',
 -0.7, 'PUBLISHED'),
(md5('learnpath-seed-item:dbscan-10')::uuid,
 'A non-core point lies within eps of a core point of cluster 0 and also within eps of a core point of cluster 1. How does scikit-learn''s DBSCAN label it?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "As noise (-1), because it is claimed by two clusters at once"}, {"key": "b", "text": "As a member of both clusters, through two entries in labels_"}, {"key": "c", "text": "As part of whichever cluster reaches it first, which depends on the order of the data"}, {"key": "d", "text": "As a core point, since it has enough neighbours counted across the two clusters"}]'::jsonb,
 '{"choice": "c"}'::jsonb,
 'Border points are not core points, so they do not connect clusters; a border point reachable from two clusters is assigned to the one that expands to it first, which depends on the order in which points are processed. That is why DBSCAN is deterministic for core points and noise but border assignments can change if you shuffle the rows. labels_ holds exactly one label per point, and a shared border point is not noise, since it lies within eps of a core point. Being a core point depends only on the number of points within eps, and this point has too few by assumption.',
 1.1, 'PUBLISHED'),
(md5('learnpath-seed-item:dbscan-11')::uuid,
 'You clustered last month''s delivery locations with db = DBSCAN(eps=0.5, min_samples=10).fit(X_old) and now want to assign this week''s new locations to those clusters. What happens if you call db.predict(X_new)?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "It raises AttributeError: DBSCAN has fit and fit_predict but no predict method"}, {"key": "b", "text": "It assigns each new point to the cluster of its nearest centroid"}, {"key": "c", "text": "It refits DBSCAN on X_new and returns the labels of the new clustering"}, {"key": "d", "text": "It labels every new point as noise (-1), because it was not in the training data"}]'::jsonb,
 '{"choice": "a"}'::jsonb,
 'scikit-learn''s DBSCAN is transductive: it labels the points it was fitted on and has no predict method, so the call fails with an AttributeError. To label new points you can refit on the combined data or use a rule such as giving each new point the label of a core sample (db.components_) within eps, e.g. with a nearest-neighbour search, and noise otherwise. DBSCAN has no centroids; k-means is the model whose predict uses them.',
 -0.2, 'PUBLISHED'),
(md5('learnpath-seed-item:dbscan-12')::uuid,
 'For which of these datasets is DBSCAN a better fit than k-means? Select all that apply.',
 'MULTIPLE_CHOICE',
 '[{"key": "a", "text": "GPS pings forming irregularly shaped hot spots, plus scattered isolated pings"}, {"key": "b", "text": "Customer profiles that marketing wants split into exactly five segments"}, {"key": "c", "text": "TF-IDF vectors of 50,000 documents with 100,000 sparse dimensions"}, {"key": "d", "text": "Sensor readings forming clusters of very different densities"}]'::jsonb,
 '{"choices": ["a"]}'::jsonb,
 'DBSCAN shines on clusters of arbitrary shape with outliers, which it leaves as noise: the GPS case. A fixed number of segments is what k-means provides directly. In very high-dimensional sparse spaces distances concentrate, so a single eps separates dense from sparse poorly. Clusters of very different densities defeat one global eps, which is the setting for HDBSCAN or OPTICS, not plain DBSCAN.',
 -0.5, 'PUBLISHED'),
(md5('learnpath-seed-item:dbscan-13')::uuid,
 'You cluster pickup points with DBSCAN(metric=''haversine'', algorithm=''ball_tree'') on np.radians([[lat, lon], ...]) and want neighbourhoods of 200 metres. With the Earth''s radius taken as 6,371 km, which eps is right?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "eps = 0.2 / 6371, about 3.1e-5"}, {"key": "b", "text": "eps = 200 / 6371, about 0.031"}, {"key": "c", "text": "eps = 200, the distance in metres"}, {"key": "d", "text": "eps = 0.2 / 360, about 5.6e-4"}]'::jsonb,
 '{"choice": "a"}'::jsonb,
 'The haversine metric returns great-circle distances on the unit sphere, i.e. angles in radians, so a distance in kilometres must be divided by the Earth''s radius in kilometres: 0.2 km / 6371 km ≈ 3.1e-5. Dividing metres by kilometres (200 / 6371) gives a radius of about 200 km, eps = 200 would put everything in one cluster, and dividing by 360 mixes up degrees with radians.',
 1.3, 'PUBLISHED');

insert into item_skill (item_id, skill_code) values
(md5('learnpath-seed-item:dbscan-7')::uuid, 'dbscan'),
(md5('learnpath-seed-item:dbscan-8')::uuid, 'dbscan'),
(md5('learnpath-seed-item:dbscan-9')::uuid, 'dbscan'),
(md5('learnpath-seed-item:dbscan-10')::uuid, 'dbscan'),
(md5('learnpath-seed-item:dbscan-11')::uuid, 'dbscan'),
(md5('learnpath-seed-item:dbscan-12')::uuid, 'dbscan'),
(md5('learnpath-seed-item:dbscan-13')::uuid, 'dbscan');

-- ============================================================================================================
-- Skill: decision-trees
-- ============================================================================================================
-- decision-trees-1: shorter key, distractors as specific
update item set choices = '[{"key": "a", "text": "Because scikit-learn standardizes every feature internally before it searches for splits"}, {"key": "b", "text": "A split thresholds one feature, and rescaling preserves the order of its values"}, {"key": "c", "text": "Because trees treat every feature as categorical, so the actual numeric values are ignored"}, {"key": "d", "text": "Because trees compare samples with Euclidean distances, which do not depend on feature scale"}]'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:decision-trees-1')::uuid;

-- decision-trees-3: key no longer the longest option
update item set choices = '[{"key": "a", "text": "Increase max_depth so the tree can find better splits"}, {"key": "b", "text": "Set min_samples_leaf=1 so every leaf can be pure"}, {"key": "c", "text": "Increase min_samples_leaf, e.g. to 20"}, {"key": "d", "text": "Set ccp_alpha=0.0 for a more accurate tree"}]'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:decision-trees-3')::uuid;

-- decision-trees-4: distractors as specific as the key
update item set choices = '[{"key": "a", "text": "Split A, because its weighted child Gini (0.32) is lower than split B''s (0.375)"}, {"key": "b", "text": "Split B, because it creates a perfectly pure child, which the Gini criterion rewards most"}, {"key": "c", "text": "Split B, because its weighted child Gini (0.30) is lower than split A''s (0.32)"}, {"key": "d", "text": "Neither: both splits give the same impurity decrease from the parent''s Gini of 0.5"}]'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:decision-trees-4')::uuid;

-- decision-trees-6: shorter key, distractors as specific
update item set choices = '[{"key": "a", "text": "A price extrapolated along the learned trend, roughly double that of a 300 m² house"}, {"key": "b", "text": "An error, because 600 m² lies outside the range of the training data"}, {"key": "c", "text": "The overall mean price of all the houses in the training set"}, {"key": "d", "text": "The mean price of the training houses in the leaf holding the largest areas"}]'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:decision-trees-6')::uuid;

insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:decision-trees-7')::uuid,
 'A fitted DecisionTreeClassifier receives a new sample, which ends up in a leaf holding 12 training samples. What does predict() return for it?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "The majority class among those 12 training samples"}, {"key": "b", "text": "The class of the training sample nearest to it in that leaf"}, {"key": "c", "text": "The class favoured by the root node''s split"}, {"key": "d", "text": "A class drawn at random in proportion to the leaf''s class counts"}]'::jsonb,
 '{"choice": "a"}'::jsonb,
 'Each leaf stores the class counts (or weighted shares) of the training samples that reached it; predict() returns the most frequent class and predict_proba() returns the shares. No distances are computed inside a leaf (that would be k-NN), the root split only routes the sample, and scikit-learn''s trees predict deterministically rather than sampling a class.',
 -1.4, 'PUBLISHED'),
(md5('learnpath-seed-item:decision-trees-8')::uuid,
 'In a CART tree as built by scikit-learn, what does each internal node test for a numeric input?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "Whether one feature''s value is at most a threshold"}, {"key": "b", "text": "Whether a weighted sum of all features exceeds a threshold"}, {"key": "c", "text": "Whether the sample lies within a radius of the node''s centroid"}, {"key": "d", "text": "Whether the sample''s predicted class so far is the majority class"}]'::jsonb,
 '{"choice": "a"}'::jsonb,
 'Each split has the form x_j <= t for one feature j and threshold t, which is why tree boundaries are axis-aligned and feature scaling does not matter. Weighted sums of features are what linear models and oblique trees use, radii around centroids belong to clustering and RBF methods, and a tree only produces a class at a leaf.',
 -1.2, 'PUBLISHED'),
(md5('learnpath-seed-item:decision-trees-9')::uuid,
 'A DecisionTreeClassifier(max_depth=3) is fitted with binary splits. What is the largest number of leaves it can have? Give a whole number.',
 'NUMERIC',
 null,
 '{"value": 8, "tolerance": 0}'::jsonb,
 'Each level of binary splits at most doubles the number of nodes, so depth 3 allows at most 2³ = 8 leaves (with 1 + 2 + 4 = 7 internal nodes). The tree can have fewer if some nodes become pure or hit another stopping rule. Counting 3 or 6 confuses depth with leaves, and 15 is the maximum number of nodes, internal ones included.',
 -0.6, 'PUBLISHED'),
(md5('learnpath-seed-item:decision-trees-10')::uuid,
 'In a DecisionTreeClassifier fitted with min_samples_leaf=10, two test samples land in the same leaf, which holds 7 positive and 3 negative training samples. Which statements are true? Select all that apply.',
 'MULTIPLE_CHOICE',
 '[{"key": "a", "text": "Both get the same predict_proba output, [0.3, 0.7]"}, {"key": "b", "text": "Both are predicted as the positive class"}, {"key": "c", "text": "Their probabilities differ according to their distance from the split thresholds"}, {"key": "d", "text": "The 0.7 is a well-calibrated estimate of the positive rate among new samples in that leaf"}]'::jsonb,
 '{"choices": ["a", "b"]}'::jsonb,
 'A leaf returns the class shares of its training samples, so every sample reaching it gets [0.3, 0.7] and the majority class. Position within the leaf region does not matter: tree outputs are piecewise constant. Leaf frequencies come from few training samples (10 here), grouped by splits chosen to make the leaves as pure as possible on the training data, so they tend to be overconfident; if you need calibrated probabilities, calibrate them (e.g. CalibratedClassifierCV) or limit the leaf size.',
 -0.2, 'PUBLISHED'),
(md5('learnpath-seed-item:decision-trees-11')::uuid,
 '1,000 points are uniform on [-1, 1]², with y = 1 exactly when x1·x2 > 0 (an XOR pattern). DecisionTreeClassifier(max_depth=2) reaches only about 0.60 training accuracy, and its root split is x2 <= -0.80. Why, although a depth-2 tree can represent this target exactly?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "XOR needs at least four levels of splits, so depth 2 is too shallow to represent it"}, {"key": "b", "text": "No root split reduces impurity much, so the greedy pick is nearly arbitrary and the second level does not repair it"}, {"key": "c", "text": "The Gini criterion is the problem; with criterion=''entropy'' the root split would land at 0"}, {"key": "d", "text": "The tree overfits noise in the 1,000 points; a larger min_samples_leaf would fix the root split"}]'::jsonb,
 '{"choice": "b"}'::jsonb,
 'Splitting on x1 <= 0 and then on x2 <= 0 in each child classifies XOR perfectly with depth 2, but CART chooses each split greedily by its immediate impurity decrease. For XOR, every single split leaves both children about 50/50, so the best root split is decided by sampling noise, often near the edge, and the remaining level cannot recover. Entropy has the same blind spot (it is also a one-step criterion), and there is no label noise to overfit. Deeper trees (depth 3-4 reached about 0.98-1.0 here) or features such as x1·x2 fix it.',
 1.2, 'PUBLISHED'),
(md5('learnpath-seed-item:decision-trees-12')::uuid,
 'path = DecisionTreeClassifier().cost_complexity_pruning_path(X_train, y_train) returns an increasing array path.ccp_alphas. How should you choose the ccp_alpha for the final tree?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "Take the largest alpha, which gives the smallest and therefore most general tree"}, {"key": "b", "text": "Take the alpha whose tree has the lowest total leaf impurity on the training data set"}, {"key": "c", "text": "Fit a tree per candidate alpha and keep the one with the best cross-validated score"}, {"key": "d", "text": "Use alpha = 0, since pruning can only discard information the tree has learned"}]'::jsonb,
 '{"choice": "c"}'::jsonb,
 'The path lists the effective alphas at which subtrees get pruned away; each gives a differently sized tree, and the right one is chosen on held-out data, e.g. GridSearchCV over ccp_alpha with those values. The largest alpha prunes down to the root (a one-node tree), the lowest training impurity always belongs to the unpruned tree (alpha = 0), and an unpruned tree typically overfits; pruning removes splits that fit noise.',
 1.0, 'PUBLISHED');

insert into item_skill (item_id, skill_code) values
(md5('learnpath-seed-item:decision-trees-7')::uuid, 'decision-trees'),
(md5('learnpath-seed-item:decision-trees-8')::uuid, 'decision-trees'),
(md5('learnpath-seed-item:decision-trees-9')::uuid, 'decision-trees'),
(md5('learnpath-seed-item:decision-trees-10')::uuid, 'decision-trees'),
(md5('learnpath-seed-item:decision-trees-11')::uuid, 'decision-trees'),
(md5('learnpath-seed-item:decision-trees-12')::uuid, 'decision-trees');

-- ============================================================================================================
-- Skill: feature-engineering
-- ============================================================================================================
-- feature-engineering-2: the key was the only option with a descriptive suffix (and the longest); all options are now bare expressions
update item set choices = '[{"key": "a", "text": "debt + income"}, {"key": "b", "text": "2 x debt"}, {"key": "c", "text": "debt / income"}, {"key": "d", "text": "debt - income"}]'::jsonb,
    explanation = 'A linear model can already form any weighted sum of its inputs, so sums, differences and rescalings of existing features add nothing new. A ratio is a non-linear combination, and debt / income (the debt-to-income ratio) is also a domain-standard risk measure, so it can genuinely add signal; its value should still be confirmed with cross-validation.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:feature-engineering-2')::uuid;

-- feature-engineering-6: shorter key, distractors as specific, no 'must'
update item set choices = '[{"key": "a", "text": "No problem: an integer hour keeps the natural order of the day, which is what the model needs"}, {"key": "b", "text": "23:00 and 00:00 look far apart though adjacent; encode the hour as sin(2π·hour/24) and cos(2π·hour/24)"}, {"key": "c", "text": "Standardize the hour to zero mean and unit variance first; after scaling, 23 and 0 end up close together"}, {"key": "d", "text": "Label-encode the hours as strings so that the model ignores their numeric order"}]'::jsonb,
    explanation = 'Time of day is circular, but as an integer 23 and 0 are the two furthest values, so distance-based and linear models see a false discontinuity at midnight. Mapping the hour onto a circle with a sine and cosine pair makes 23:00 and 00:00 close while keeping a smooth ordering (one-hot encoding or splines are alternatives). Standardizing is a linear rescaling that keeps the same gap, and the models cannot use string labels directly (they would still need to be encoded). Tree models can split around the discontinuity, but they also benefit from the cyclic encoding.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:feature-engineering-6')::uuid;

-- feature-engineering-1: near-duplicate of pandas-datetime-1 (.dt.dayofweek); replaced by feature-engineering-7
update item set status = 'RETIRED', version = version + 1, updated_at = now() where id = md5('learnpath-seed-item:feature-engineering-1')::uuid;

-- feature-engineering-4: near-duplicate of pandas-datetime-4 (leak-free rolling mean); replaced by feature-engineering-11
update item set status = 'RETIRED', version = version + 1, updated_at = now() where id = md5('learnpath-seed-item:feature-engineering-4')::uuid;

insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:feature-engineering-7')::uuid,
 'A churn model is built from a customer table and a table of purchase timestamps. Which of these steps is feature engineering?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "Deriving days since the last purchase for each customer"}, {"key": "b", "text": "Choosing between a random forest and gradient boosting"}, {"key": "c", "text": "Tuning the learning rate of the model with a grid search"}, {"key": "d", "text": "Splitting the customers into training and test sets"}]'::jsonb,
 '{"choice": "a"}'::jsonb,
 'Feature engineering turns raw data into inputs that expose the signal to the model, here a recency feature derived from timestamps with domain knowledge (customers who have not bought for a long time churn more). Choosing the model family and tuning its hyperparameters are modelling steps, and splitting is part of evaluation design; none of them creates new inputs.',
 -1.3, 'PUBLISHED'),
(md5('learnpath-seed-item:feature-engineering-8')::uuid,
 'Turning a continuous age into bands such as 18-25, 26-35, 36-50 and 51+ (for example with KBinsDiscretizer or pd.cut) is called what?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "Discretization (binning)"}, {"key": "b", "text": "Standardization (z-scoring)"}, {"key": "c", "text": "Target encoding"}, {"key": "d", "text": "Imputation"}]'::jsonb,
 '{"choice": "a"}'::jsonb,
 'Discretization, or binning, replaces a continuous value by the interval it falls in; it can help a linear model capture non-linear effects (one coefficient per band) at the cost of losing detail within a band. Standardization rescales values without grouping them, target encoding replaces categories by target statistics, and imputation fills in missing values.',
 -1.2, 'PUBLISHED'),
(md5('learnpath-seed-item:feature-engineering-9')::uuid,
 'A linear model predicts ice-cream sales from temperature and an is_weekend flag. In the data, each extra degree raises sales much more on weekends than on weekdays. Which added feature lets the linear model capture this?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "temperature × is_weekend"}, {"key": "b", "text": "temperature²"}, {"key": "c", "text": "log(temperature)"}, {"key": "d", "text": "temperature + is_weekend"}]'::jsonb,
 '{"choice": "a"}'::jsonb,
 'The effect of temperature depends on the day type, which is an interaction; the product term gives the model a separate temperature slope on weekends (its coefficient is the extra slope). temperature² and log(temperature) bend the temperature effect the same way on every day, and temperature + is_weekend is a linear combination the model already has.',
 -0.9, 'PUBLISHED'),
(md5('learnpath-seed-item:feature-engineering-10')::uuid,
 'PolynomialFeatures(degree=2, include_bias=False) is applied to 3 input features a, b and c. How many output columns does it produce?',
 'NUMERIC',
 null,
 '{"value": 9, "tolerance": 0}'::jsonb,
 'It outputs the 3 original features, the 3 squares (a², b², c²) and the 3 pairwise products (ab, ac, bc): 9 columns, which fit_transform confirms. With the default include_bias=True a constant column of ones is added, giving 10. The count grows roughly with the square of the number of features, which is why polynomial expansion of many features needs regularization.',
 -0.4, 'PUBLISHED'),
(md5('learnpath-seed-item:feature-engineering-11')::uuid,
 'You add a click-through-rate feature, clicks / impressions, to an ad model. In 3% of the rows impressions is 0. What is the most sensible handling?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "Let the division produce inf; the models will treat it as a very large rate"}, {"key": "b", "text": "Replace 0 impressions by 1, so that the rate simply equals the clicks"}, {"key": "c", "text": "Leave the rate missing where impressions is 0 and add a no_impressions flag"}, {"key": "d", "text": "Drop the rows with zero impressions, both in training and at scoring time"}]'::jsonb,
 '{"choice": "c"}'::jsonb,
 'A rate with no denominator is undefined, not huge: marking it missing (NaN, then imputation or a model that handles NaN) plus an explicit flag keeps the information that the ad was never shown. Most scikit-learn estimators reject inf with a ValueError, and where inf is accepted it is still treated as a real, extreme rate. Setting impressions to 1 invents a rate equal to the click count, which is on a different scale; dropping rows at scoring time is not possible, since those ads still need a prediction.',
 0.6, 'PUBLISHED'),
(md5('learnpath-seed-item:feature-engineering-12')::uuid,
 'At 18:00 each day, a model forecasts tomorrow''s demand per store. A colleague''s best feature is lag_1: for tomorrow''s forecast, the previous day''s demand, i.e. today''s full-day total, which is complete only at midnight. Offline validation looks excellent. What is the problem?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "There is none: lag-1 demand is the most natural feature for a daily forecast"}, {"key": "b", "text": "lag_1 is not known at 18:00; use values available then, e.g. lag_2 or today''s total up to 18:00"}, {"key": "c", "text": "Lag features need the series to be stationary; difference the demand first and the issue disappears"}, {"key": "d", "text": "lag_1 leaks only in the first week of data, so dropping those rows from training solves it"}]'::jsonb,
 '{"choice": "b"}'::jsonb,
 'A feature must be computable at prediction time with the data that exists then. At 18:00 today''s total is still incomplete, so in production lag_1 would be either missing or a partial value the model never saw in training, and offline scores are inflated. Build features as of the prediction cutoff: lags of 2 days or more, or today''s sales up to 18:00. Stationarity is a separate modelling concern, and the leak affects every row, not just the first week.',
 1.2, 'PUBLISHED'),
(md5('learnpath-seed-item:feature-engineering-13')::uuid,
 'You train gradient-boosted trees on raw columns of a property table. Which engineered features could still add information the trees cannot easily build from the raw columns themselves? Select all that apply.',
 'MULTIPLE_CHOICE',
 '[{"key": "a", "text": "price / floor_area"}, {"key": "b", "text": "days between listing_date and sale_date"}, {"key": "c", "text": "log(income)"}, {"key": "d", "text": "income standardized to zero mean and unit variance"}]'::jsonb,
 '{"choices": ["a", "b"]}'::jsonb,
 'Trees split on one feature at a time, so any strictly increasing transform of a single feature (log, standardization) leaves the possible partitions unchanged and adds nothing. Relationships between two columns, such as a ratio or a difference of dates, can only be approximated by many axis-aligned splits, so computing them explicitly often helps tree models noticeably.',
 1.0, 'PUBLISHED'),
(md5('learnpath-seed-item:feature-engineering-14')::uuid,
 'A model predicts taxi fares from the pickup and drop-off latitude and longitude. Which derived feature is likely to help most?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "The distance between the pickup and drop-off points"}, {"key": "b", "text": "The sum of the four coordinate values"}, {"key": "c", "text": "The pickup latitude rounded to one decimal"}, {"key": "d", "text": "The number of decimal digits stored in each coordinate"}]'::jsonb,
 '{"choice": "a"}'::jsonb,
 'Fares depend mainly on trip length, which the raw coordinates encode only through a non-linear combination of all four values; computing the (haversine or Manhattan) distance hands the model that signal directly. The sum of coordinates mixes positions without measuring a trip, rounding only coarsens one location, and digit counts carry no information about the trip.',
 -1.5, 'PUBLISHED');

insert into item_skill (item_id, skill_code) values
(md5('learnpath-seed-item:feature-engineering-7')::uuid, 'feature-engineering'),
(md5('learnpath-seed-item:feature-engineering-8')::uuid, 'feature-engineering'),
(md5('learnpath-seed-item:feature-engineering-9')::uuid, 'feature-engineering'),
(md5('learnpath-seed-item:feature-engineering-10')::uuid, 'feature-engineering'),
(md5('learnpath-seed-item:feature-engineering-11')::uuid, 'feature-engineering'),
(md5('learnpath-seed-item:feature-engineering-12')::uuid, 'feature-engineering'),
(md5('learnpath-seed-item:feature-engineering-13')::uuid, 'feature-engineering'),
(md5('learnpath-seed-item:feature-engineering-14')::uuid, 'feature-engineering');

-- ============================================================================================================
-- Skill: feature-selection
-- ============================================================================================================
-- feature-selection-3: shorter key, distractors as specific
update item set choices = '[{"key": "a", "text": "Mutual information, which captures any statistical dependence, linear or not"}, {"key": "b", "text": "The ANOVA F-test (f_regression), because it is non-parametric and detects any relationship"}, {"key": "c", "text": "VarianceThreshold, because a feature with a large variance carries a lot of information"}, {"key": "d", "text": "None of them: a near-zero correlation shows that x carries no information about y"}]'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:feature-selection-3')::uuid;

-- feature-selection-4: shorter key, distractors as specific
update item set choices = '[{"key": "a", "text": "Nothing: the 20 selected features carry real signal, as the high cross-validated accuracy shows"}, {"key": "b", "text": "Logistic regression needs more features than samples, so 20 features are too few to fit well"}, {"key": "c", "text": "Selection saw the validation rows'' labels, so it kept features fitting this noise; refit the selector per training fold"}, {"key": "d", "text": "Five folds are too few for 100 samples; leave-one-out would have given a reliable estimate here"}]'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:feature-selection-4')::uuid;

-- feature-selection-5: distractor e without 'guaranteed'
update item set choices = '[{"key": "a", "text": "RFE repeatedly fits the estimator and removes the least important features according to coef_ or feature_importances_"}, {"key": "b", "text": "RFECV chooses the number of features to keep by cross-validation"}, {"key": "c", "text": "As a wrapper method, RFE is usually more expensive than filter methods because it refits the model many times"}, {"key": "d", "text": "RFE works with any estimator, even ones that expose neither coef_ nor feature_importances_, without extra configuration"}, {"key": "e", "text": "RFE finds the best possible subset of features, because it judges every feature in the context of the others"}]'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:feature-selection-5')::uuid;

-- feature-selection-6: shorter key, distractors as specific
update item set choices = '[{"key": "a", "text": "Both x1 and x2 are useless, because neither of them is selected consistently across resamples"}, {"key": "b", "text": "Lasso keeps one of a correlated pair almost arbitrarily: the shared signal is real. Try Elastic Net, grouping or stability selection"}, {"key": "c", "text": "The bootstrap is broken: lasso is deterministic, so the same feature should be chosen in every resample"}, {"key": "d", "text": "x1 drives the target in one half of the population and x2 drives it in the other half"}]'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:feature-selection-6')::uuid;

insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:feature-selection-7')::uuid,
 'SequentialFeatureSelector adds, at each step, the feature whose addition most improves a model''s cross-validated score. Which family of feature selection methods is this?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "A wrapper method"}, {"key": "b", "text": "A filter method"}, {"key": "c", "text": "An embedded method"}, {"key": "d", "text": "Feature extraction, like PCA"}]'::jsonb,
 '{"choice": "a"}'::jsonb,
 'Wrapper methods search over feature subsets and judge each subset by training and scoring a model on it, as sequential selection and RFE do; this is costly but takes feature interactions with the model into account. Filter methods score each feature with a statistic (correlation, mutual information, chi²) without training the model, embedded methods select while fitting (L1 penalties, tree importances), and PCA builds new combined features instead of selecting original ones.',
 -1.1, 'PUBLISHED'),
(md5('learnpath-seed-item:feature-selection-8')::uuid,
 'X has 30 feature columns. What does SelectKBest(score_func=f_classif, k=10).fit_transform(X, y) return?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "X reduced to the 10 columns with the highest F-scores"}, {"key": "b", "text": "The 10 rows of X that best predict y"}, {"key": "c", "text": "All 30 columns, sorted in decreasing order of their F-scores"}, {"key": "d", "text": "The F-scores of the 10 best features"}]'::jsonb,
 '{"choice": "a"}'::jsonb,
 'SelectKBest scores every column against the target (here with the ANOVA F statistic), keeps the k best and returns X with only those columns, shape (n_samples, 10). It never selects rows and does not reorder columns; the scores themselves are in the fitted selector''s scores_ attribute, and get_support() tells which columns were kept.',
 -1.3, 'PUBLISHED'),
(md5('learnpath-seed-item:feature-selection-9')::uuid,
 'Two features, monthly_spend and annual_spend, have a correlation of 0.98. Why do practitioners often drop one of them before fitting a linear model?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "They carry nearly the same information, and together they make the coefficients unstable"}, {"key": "b", "text": "Correlated features stop tree-based models and linear models from training at all"}, {"key": "c", "text": "Correlated features lower the accuracy of any model, so one of them should be removed"}, {"key": "d", "text": "Whichever of the two has the higher correlation with the other one is redundant and should go"}]'::jsonb,
 '{"choice": "a"}'::jsonb,
 'Nearly collinear features add almost no new information, and in a linear model the weight can shift between them with tiny changes in the data, so coefficients get large standard errors and become hard to interpret (predictions often stay fine). Trees and linear models still train on correlated inputs, and predictive accuracy is frequently unaffected. The last option is circular: correlation is symmetric, so it gives no reason to prefer one of the two; pick by cost, missingness or interpretability.',
 -0.5, 'PUBLISHED'),
(md5('learnpath-seed-item:feature-selection-10')::uuid,
 'A fitted Lasso has coef_ = [0.0, 0.31, -1.2, 0.0, 0.0, 2.1]. SelectFromModel(lasso, prefit=True) uses its default threshold, which for an L1-penalized model is 1e-5 on the absolute coefficients. How many features does transform keep?',
 'NUMERIC',
 null,
 '{"value": 3, "tolerance": 0}'::jsonb,
 'Features are kept when |coef| exceeds the threshold: 0.31, |-1.2| = 1.2 and 2.1, so 3 features (get_support() is [False, True, True, False, False, True]). Forgetting the absolute value drops -1.2 and gives 2. For models without an L1 penalty the default threshold is the mean importance, here (0.31 + 1.2 + 2.1) / 6 ≈ 0.60, which would also keep only 2.',
 -0.3, 'PUBLISHED'),
(md5('learnpath-seed-item:feature-selection-11')::uuid,
 'Which of these feature selection or reduction tools use the target y when they are fitted? Select all that apply.',
 'MULTIPLE_CHOICE',
 '[{"key": "a", "text": "mutual_info_classif with SelectKBest"}, {"key": "b", "text": "RFE wrapped around a logistic regression"}, {"key": "c", "text": "VarianceThreshold"}, {"key": "d", "text": "PCA keeping 95% of the variance"}]'::jsonb,
 '{"choices": ["a", "b"]}'::jsonb,
 'Mutual information scores each feature''s dependence on y, and RFE ranks features by the coefficients of a model trained on y, so both are supervised and must be fitted inside the training folds to avoid leakage. VarianceThreshold looks only at each feature''s own variance, and PCA keeps the directions of largest variance in X, so both ignore y: the components that explain most variance need not be the ones that predict the target.',
 -0.4, 'PUBLISHED'),
(md5('learnpath-seed-item:feature-selection-12')::uuid,
 'Forward selection adds one feature at a time, keeping the one that most improves the cross-validated score, and stops when no single addition helps. The target is y = 1 when f1 and f2 have different signs (an XOR of two features), and both are in the candidate set. What is likely to happen?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "f1 and f2 are picked first, because together they explain the target perfectly well"}, {"key": "b", "text": "Neither may be picked: each alone looks useless, so the greedy search stops early"}, {"key": "c", "text": "Both are picked, but only if the features are standardized before the search"}, {"key": "d", "text": "Forward selection picks them only if the model used inside it is linear"}]'::jsonb,
 '{"choice": "b"}'::jsonb,
 'Greedy forward selection judges a candidate by the score of the current set plus that one feature. Under XOR, f1 alone and f2 alone carry no information about y, so neither improves the score, and the search may stop or add other features first; the pair is only useful jointly. Backward elimination, which starts from all features, or a model-based importance with an interaction-capable model is more likely to keep them. Scaling does not change this, and a linear model inside the search could not use the XOR pattern even with both features.',
 1.2, 'PUBLISHED'),
(md5('learnpath-seed-item:feature-selection-13')::uuid,
 'SequentialFeatureSelector(model, n_features_to_select=5, direction=''forward'', cv=5) is fitted on 20 candidate features. How many times is model fitted? Give a whole number.',
 'NUMERIC',
 null,
 '{"value": 450, "tolerance": 0}'::jsonb,
 'Forward selection runs 5 rounds; in each round every remaining candidate is tried with 5-fold cross-validation: (20 + 19 + 18 + 17 + 16) x 5 = 90 x 5 = 450 fits (the selector does not refit a final model). Backward selection from 20 down to 5 would evaluate 20 + 19 + ... + 6 = 195 subsets, i.e. 975 fits. This quadratic growth with the number of features is the main cost of wrapper methods.',
 0.8, 'PUBLISHED');

insert into item_skill (item_id, skill_code) values
(md5('learnpath-seed-item:feature-selection-7')::uuid, 'feature-selection'),
(md5('learnpath-seed-item:feature-selection-8')::uuid, 'feature-selection'),
(md5('learnpath-seed-item:feature-selection-9')::uuid, 'feature-selection'),
(md5('learnpath-seed-item:feature-selection-10')::uuid, 'feature-selection'),
(md5('learnpath-seed-item:feature-selection-11')::uuid, 'feature-selection'),
(md5('learnpath-seed-item:feature-selection-12')::uuid, 'feature-selection'),
(md5('learnpath-seed-item:feature-selection-13')::uuid, 'feature-selection');

-- ============================================================================================================
-- Skill: gradient-boosting
-- ============================================================================================================
-- gradient-boosting-1: shorter key, distractors as specific
update item set choices = '[{"key": "a", "text": "Boosting fits trees one by one, each fixing the ensemble''s errors; bagging fits them independently and averages"}, {"key": "b", "text": "Boosting draws a bootstrap sample for each tree, while bagging fits every tree on the full, unresampled dataset"}, {"key": "c", "text": "Boosting can be used for regression targets only, while bagging is meant for classification targets only"}, {"key": "d", "text": "Boosting averages many deep trees, while bagging adds up many shallow trees step by step"}]'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:gradient-boosting-1')::uuid;

-- gradient-boosting-3: shorter key, distractors as specific
update item set choices = '[{"key": "a", "text": "Fewer trees, because each tree now has less influence on the final ensemble prediction"}, {"key": "b", "text": "More trees (roughly ten times as many), or let early stopping choose the count"}, {"key": "c", "text": "Nothing: the learning rate only changes training speed, not the fitted model"}, {"key": "d", "text": "Deeper trees, so that each tree compensates for its smaller step size"}]'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:gradient-boosting-3')::uuid;

-- gradient-boosting-4: option a was exact only for the half squared error; it now names that loss (issue 28)
update item set choices = '[{"key": "a", "text": "For the loss ½(y - F(x))², the negative gradient with respect to the current prediction F(x) is the residual y - F(x)"}, {"key": "b", "text": "Boosting mainly reduces bias by combining many shallow, weak trees"}, {"key": "c", "text": "Unlike adding trees to a random forest, adding too many boosting iterations can overfit, so early stopping is common"}, {"key": "d", "text": "HistGradientBoostingClassifier requires missing values to be imputed before fitting"}, {"key": "e", "text": "The trees in a boosted ensemble can all be trained in parallel because they are independent"}]'::jsonb,
    explanation = 'With L = ½(y - F)², -∂L/∂F = y - F, so ''fitting residuals'' is a special case of fitting negative gradients; for the plain squared error (y - F)² the negative gradient is 2(y - F), proportional to the residual, which the learning rate and the leaf values absorb. Boosting reduces bias step by step, and because each tree keeps fitting the remaining errors it eventually fits noise, hence early stopping. HistGradientBoosting handles NaN natively, learning at each split which side missing values go to. Each tree depends on the predictions of all previous trees, so the sequence cannot be parallelized (libraries parallelize the split search within a tree instead).',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:gradient-boosting-4')::uuid;

-- gradient-boosting-5: shorter key, distractors as specific
update item set choices = '[{"key": "a", "text": "It trains all 1,000 iterations, then prunes the ensemble back to the best iteration as judged on your test set"}, {"key": "b", "text": "It stops as soon as the training loss fails to decrease from one iteration to the next"}, {"key": "c", "text": "It sets aside 10% of the training rows and stops once the validation score fails to improve for 10 iterations"}, {"key": "d", "text": "It ignores max_iter and keeps adding trees until the validation score reaches its maximum"}]'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:gradient-boosting-5')::uuid;

-- gradient-boosting-6: shorter key; distractor without 'cannot'
update item set choices = '[{"key": "a", "text": "Because the gradient computation in boosting is only defined for trees of limited depth"}, {"key": "b", "text": "Because random forests lose their randomness when trees are shallow, so they are grown deep"}, {"key": "c", "text": "Because deep trees are faster to fit than shallow ones, and a forest trains hundreds of them in parallel"}, {"key": "d", "text": "Boosting cuts bias with many weak, low-variance trees; a forest cuts variance by averaging, so it needs deep, low-bias trees"}]'::jsonb,
    explanation = 'Each method fixes one kind of error and needs base learners with the opposite profile: boosting adds up many small corrections, and deep trees would overfit within just a few rounds, whereas averaging cannot remove bias, so a forest of shallow trees would stay biased. Tree depth in boosting mainly controls the order of feature interactions captured. The gradient does not restrict depth, shallow trees in a forest are still randomized (they just underfit), and deep trees are slower to fit, not faster.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:gradient-boosting-6')::uuid;

insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:gradient-boosting-7')::uuid,
 'In a gradient boosting model, what does the learning_rate (shrinkage) hyperparameter do?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "It scales each new tree''s contribution before it is added to the ensemble"}, {"key": "b", "text": "It sets the fraction of training rows that each new tree is fitted on"}, {"key": "c", "text": "It sets how many levels of splits each tree may grow during training"}, {"key": "d", "text": "It sets the step size used to move each tree''s split thresholds during fitting"}]'::jsonb,
 '{"choice": "a"}'::jsonb,
 'After each tree is fitted to the negative gradient, its output is multiplied by the learning rate before being added: F_m = F_(m-1) + learning_rate · tree_m. Smaller values make each step more cautious and need more trees. The row fraction per tree is subsample, depth is max_depth (or max_leaf_nodes), and split thresholds are chosen by the tree-growing search, not moved by a step size.',
 -1.5, 'PUBLISHED'),
(md5('learnpath-seed-item:gradient-boosting-8')::uuid,
 'Which of these libraries or estimators implement gradient-boosted decision trees? Select all that apply.',
 'MULTIPLE_CHOICE',
 '[{"key": "a", "text": "XGBoost"}, {"key": "b", "text": "LightGBM"}, {"key": "c", "text": "CatBoost"}, {"key": "d", "text": "scikit-learn''s HistGradientBoostingClassifier"}, {"key": "e", "text": "scikit-learn''s RandomForestClassifier"}]'::jsonb,
 '{"choices": ["a", "b", "c", "d"]}'::jsonb,
 'XGBoost, LightGBM, CatBoost and scikit-learn''s HistGradientBoosting estimators (inspired by LightGBM) all fit trees sequentially to the gradient of a loss; they differ in tree growth, categorical handling and speed tricks such as histogram binning. A random forest is a bagging ensemble: its trees are trained independently on bootstrap samples and averaged.',
 -1.2, 'PUBLISHED'),
(md5('learnpath-seed-item:gradient-boosting-9')::uuid,
 'In gradient boosting for binary classification with the log loss, on what scale is the ensemble''s raw sum of tree outputs F(x)?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "Log-odds; a sigmoid maps it to a probability"}, {"key": "b", "text": "Probability, clipped to the range [0, 1] after each tree"}, {"key": "c", "text": "Class label, averaged over the trees"}, {"key": "d", "text": "Gini impurity of the leaves reached"}]'::jsonb,
 '{"choice": "a"}'::jsonb,
 'As in logistic regression, the model is additive on the log-odds scale: p = 1 / (1 + exp(-F(x))), and decision_function returns F(x). Working in log-odds keeps the sum unbounded, so trees can keep adding corrections without leaving the valid range. Summing probabilities or labels could leave [0, 1], and impurity is a criterion for choosing splits, not an output.',
 -0.4, 'PUBLISHED'),
(md5('learnpath-seed-item:gradient-boosting-10')::uuid,
 'A binary training set has 20% positives. scikit-learn''s GradientBoostingClassifier (log loss) starts from a constant raw prediction F0 equal to the log-odds of the positive rate. What is F0? Round to two decimals.',
 'NUMERIC',
 null,
 '{"value": -1.39, "tolerance": 0.005}'::jsonb,
 'F0 = ln(p / (1 - p)) = ln(0.2 / 0.8) = ln(0.25) ≈ -1.386, the constant that minimizes the log loss before any tree is added (sigmoid(-1.386) = 0.2). Starting from 0.2 itself confuses the probability with the raw log-odds scale, and ln(0.2) ≈ -1.61 forgets the odds ratio. Each later tree adds learning_rate-scaled corrections on this log-odds scale.',
 0.5, 'PUBLISHED'),
(md5('learnpath-seed-item:gradient-boosting-11')::uuid,
 'What does subsample=0.8 do in scikit-learn''s GradientBoostingRegressor?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "Each tree is fitted on a random 80% of the rows, drawn without replacement"}, {"key": "b", "text": "Each split considers only a random 80% of the features, as in a random forest"}, {"key": "c", "text": "Only 80% of the trees are kept in the final ensemble"}, {"key": "d", "text": "Each tree gets a bootstrap sample with replacement of 80% of n rows"}]'::jsonb,
 '{"choice": "a"}'::jsonb,
 'With subsample < 1, every boosting iteration fits its tree on a random fraction of the rows drawn without replacement (stochastic gradient boosting), which adds randomness that reduces variance and speeds up each fit; it also enables out-of-bag estimates (oob_improvement_). Sampling features per split is max_features, no trees are dropped afterwards, and bootstrapping with replacement is what bagging and random forests do.',
 -0.7, 'PUBLISHED'),
(md5('learnpath-seed-item:gradient-boosting-12')::uuid,
 'A credit-risk model built with HistGradientBoostingClassifier must never predict a lower default risk when an applicant''s debt-to-income ratio rises, all else equal. Which setting enforces this?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "monotonic_cst with +1 for the debt-to-income feature and 0 for the rest"}, {"key": "b", "text": "interaction_cst that puts debt-to-income in a group of its own"}, {"key": "c", "text": "class_weight=''balanced'', so that the defaulters weigh more in the loss function"}, {"key": "d", "text": "max_depth=1, so that each tree uses a single feature"}]'::jsonb,
 '{"choice": "a"}'::jsonb,
 'monotonic_cst constrains the model''s prediction to be non-decreasing (+1) or non-increasing (-1) in a feature, with 0 meaning no constraint; the trees are grown so that every split respects it, which regulators and users can rely on. Interaction constraints only limit which features may appear together in a tree; the function of one feature can still go up and down. Class weights change the loss, not the shape of the function, and stumps remove interactions without preventing a non-monotone effect.',
 1.1, 'PUBLISHED'),
(md5('learnpath-seed-item:gradient-boosting-13')::uuid,
 'In XGBoost''s or LightGBM''s scikit-learn interface, what does n_estimators count?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "The boosting rounds, i.e. how many trees are added in sequence"}, {"key": "b", "text": "The number of trees that are trained in parallel and then averaged"}, {"key": "c", "text": "The number of leaves allowed in each tree"}, {"key": "d", "text": "The number of cross-validation folds used internally"}]'::jsonb,
 '{"choice": "a"}'::jsonb,
 'n_estimators is the number of boosting rounds; for binary classification and regression each round adds one tree that corrects the current ensemble (multiclass models add one tree per class per round). Trees trained in parallel and averaged describe a random forest, leaves per tree are set by max_leaves or num_leaves, and neither library runs cross-validation inside fit.',
 -1.3, 'PUBLISHED');

insert into item_skill (item_id, skill_code) values
(md5('learnpath-seed-item:gradient-boosting-7')::uuid, 'gradient-boosting'),
(md5('learnpath-seed-item:gradient-boosting-8')::uuid, 'gradient-boosting'),
(md5('learnpath-seed-item:gradient-boosting-9')::uuid, 'gradient-boosting'),
(md5('learnpath-seed-item:gradient-boosting-10')::uuid, 'gradient-boosting'),
(md5('learnpath-seed-item:gradient-boosting-11')::uuid, 'gradient-boosting'),
(md5('learnpath-seed-item:gradient-boosting-12')::uuid, 'gradient-boosting'),
(md5('learnpath-seed-item:gradient-boosting-13')::uuid, 'gradient-boosting');

-- ============================================================================================================
-- Skill: gradient-descent
-- ============================================================================================================
-- gradient-descent-1: distractors as specific as the key; option d no longer duplicates gradient-descent-4's option a
update item set choices = '[{"key": "a", "text": "The learning rate is too small, so progress stalls far from the minimum"}, {"key": "b", "text": "Too few iterations were run for the loss to settle down"}, {"key": "c", "text": "The learning rate is too large, so each step overshoots the minimum"}, {"key": "d", "text": "The mini-batches are too small, so the gradient estimates are noisy"}]'::jsonb,
    explanation = 'A step size that is too large makes each update jump past the minimum to a point with an even higher loss, so the loss oscillates with growing amplitude and diverges. A learning rate that is too small gives slow but steady decrease, not growth, and more iterations do not help a diverging run. This is batch gradient descent, which uses the whole training set for every step, so mini-batch noise plays no part; and noise would make the loss jitter rather than grow at every iteration.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:gradient-descent-1')::uuid;

-- gradient-descent-4: shorter key, distractors as specific
update item set choices = '[{"key": "a", "text": "It turns the non-convex least-squares loss into a convex one, so gradient descent no longer stalls in local minima"}, {"key": "b", "text": "It reduces the number of training examples that each gradient step has to process"}, {"key": "c", "text": "It removes the need to choose a learning rate, since all gradients then have size one"}, {"key": "d", "text": "Unequal scales stretch the loss contours into a narrow valley, which one learning rate crosses slowly"}]'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:gradient-descent-4')::uuid;

-- gradient-descent-5: distractor d without 'always'
update item set choices = '[{"key": "a", "text": "The gradient is (2/n) Xᵀ(Xw - y)"}, {"key": "b", "text": "The loss is convex, so batch gradient descent with a small enough learning rate approaches the global minimum"}, {"key": "c", "text": "With a constant learning rate, stochastic gradient descent keeps bouncing around near the minimum instead of settling exactly on it"}, {"key": "d", "text": "Doubling the learning rate halves the number of iterations needed to converge"}, {"key": "e", "text": "Gradient descent on this loss needs the closed-form normal-equation solution as a starting point"}]'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:gradient-descent-5')::uuid;

-- gradient-descent-6: shorter key, distractors as specific
update item set choices = '[{"key": "a", "text": "Keep the learning rate at 1e-10 and run 100 times more iterations until the age weight converges"}, {"key": "b", "text": "Switch the loss from MSE to MAE, whose gradients stay bounded whatever the feature values"}, {"key": "c", "text": "Standardize both features, then use a moderate learning rate such as 0.01-0.1"}, {"key": "d", "text": "Add an L2 penalty so that the income coefficient stays small and the updates stay stable"}]'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:gradient-descent-6')::uuid;

insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:gradient-descent-7')::uuid,
 'In gradient descent, what is the learning rate?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "The step size: the factor that scales the gradient in each weight update"}, {"key": "b", "text": "The share of the training rows that is used to compute each gradient estimate"}, {"key": "c", "text": "The amount by which the training loss has to fall in every epoch of training"}, {"key": "d", "text": "The number of iterations that run before the training loop is stopped"}]'::jsonb,
 '{"choice": "a"}'::jsonb,
 'Each update is w ← w - η·∇J(w), and the learning rate η sets how far the weights move along the negative gradient: too large and the loss oscillates or diverges, too small and training crawls. The share of rows per update is the batch size (full batch, mini-batch or a single example in SGD), the number of iterations or epochs is a separate setting, and no loss decrease is prescribed; a tolerance on the improvement is at most a stopping rule.',
 -1.5, 'PUBLISHED'),
(md5('learnpath-seed-item:gradient-descent-8')::uuid,
 'Which training-loss curve is the typical symptom of a learning rate that is much too small?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "The loss decreases steadily but very slowly over many iterations"}, {"key": "b", "text": "The loss oscillates and then grows until it becomes inf or NaN"}, {"key": "c", "text": "The loss drops to almost zero after the first few iterations"}, {"key": "d", "text": "The loss rises slowly but steadily from the very first iteration"}]'::jsonb,
 '{"choice": "a"}'::jsonb,
 'Tiny steps still go downhill, so the loss falls at every iteration, just very slowly, and training may stop long before reaching the minimum. Oscillation and divergence to inf or NaN signal a learning rate that is too large. A near-instant drop to zero loss suggests a bug or leakage rather than a step-size issue, and a steadily rising loss points to a sign error in the update or a too-large step, not a small one.',
 -1.3, 'PUBLISHED'),
(md5('learnpath-seed-item:gradient-descent-9')::uuid,
 'Gradient descent minimizes J(w) = (w - 3)², starting from w = 0 with learning rate 0.1. What is w after two update steps? Round to two decimals.',
 'NUMERIC',
 null,
 '{"value": 1.08, "tolerance": 0.005}'::jsonb,
 'The derivative is J''(w) = 2(w - 3). Step 1: J''(0) = -6, so w = 0 - 0.1·(-6) = 0.6. Step 2: J''(0.6) = -4.8, so w = 0.6 + 0.48 = 1.08. Each step closes 20% of the remaining distance to the minimum at 3 (factor 1 - 2·0.1 = 0.8). Reusing the first gradient for both steps gives 1.2, and forgetting the factor 2 of the derivative gives 0.3 and then 0.57.',
 -0.5, 'PUBLISHED'),
(md5('learnpath-seed-item:gradient-descent-10')::uuid,
 'Compared with full-batch gradient descent on a large dataset, which statements about mini-batch stochastic gradient descent are true? Select all that apply.',
 'MULTIPLE_CHOICE',
 '[{"key": "a", "text": "It makes many cheap, noisy updates per pass over the data instead of one exact one"}, {"key": "b", "text": "Its gradient noise can help it escape saddle points and flat regions"}, {"key": "c", "text": "Each of its updates uses the exact gradient of the full training loss"}, {"key": "d", "text": "It needs the whole dataset in memory at once to compute each update"}]'::jsonb,
 '{"choices": ["a", "b"]}'::jsonb,
 'A mini-batch gradient is an unbiased but noisy estimate of the full gradient that costs a fraction of the computation, so SGD makes many updates per epoch and often reaches a good solution in fewer passes; the noise also helps it move off saddle points. The exact gradient of the full loss is what batch gradient descent computes, and only one mini-batch needs to be in memory at a time, which is why SGD scales to data that does not fit in memory.',
 -0.4, 'PUBLISHED'),
(md5('learnpath-seed-item:gradient-descent-11')::uuid,
 'SGD with momentum updates v ← 0.9·v + g and then w ← w - η·v. If the gradient g stays constant over many steps, the step η·v approaches a multiple of η·g. Which multiple? Give the number.',
 'NUMERIC',
 null,
 '{"value": 10, "tolerance": 0.01}'::jsonb,
 'At steady state v = 0.9·v + g, so v = g / (1 - 0.9) = 10·g: momentum 0.9 makes the effective step up to ten times larger along a consistent gradient direction, while oscillating components partly cancel. This is why the learning rate often needs lowering when momentum is added, and why momentum speeds up progress along long shallow valleys. Reading 0.9 as a damping factor (0.9 times η·g) misses the accumulation.',
 1.1, 'PUBLISHED'),
(md5('learnpath-seed-item:gradient-descent-12')::uuid,
 'X is a NumPy array of shape (100, 3), y = df[[''price'']].to_numpy() has shape (100, 1) and w = np.zeros(3). A gradient-descent loop runs grad = 2 / n * X.T @ (X @ w - y) and then w = w - lr * grad. What happens in the first iteration?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "It works: grad has shape (3,) and w is updated normally"}, {"key": "b", "text": "X @ w - y broadcasts to (100, 100), so grad is (3, 100) and the update fails with a ValueError"}, {"key": "c", "text": "X @ w fails right away, because w has to be a column vector of shape (3, 1)"}, {"key": "d", "text": "grad has shape (3, 1), so w silently becomes a (3, 3) matrix after the update"}]'::jsonb,
 '{"choice": "b"}'::jsonb,
 'X @ w has shape (100,), and subtracting y of shape (100, 1) broadcasts both to (100, 100). X.T @ (100, 100) gives grad of shape (3, 100), and w - lr * grad then fails: shapes (3,) and (3, 100) cannot be broadcast together. Use y = df[''price''].to_numpy() (shape (100,)) or y.ravel(); with matching shapes grad is (3,). A 1-D w is fine for X @ w, and no (3, 1) gradient ever appears here.',
 1.2, 'PUBLISHED');

insert into item_skill (item_id, skill_code) values
(md5('learnpath-seed-item:gradient-descent-7')::uuid, 'gradient-descent'),
(md5('learnpath-seed-item:gradient-descent-8')::uuid, 'gradient-descent'),
(md5('learnpath-seed-item:gradient-descent-9')::uuid, 'gradient-descent'),
(md5('learnpath-seed-item:gradient-descent-10')::uuid, 'gradient-descent'),
(md5('learnpath-seed-item:gradient-descent-11')::uuid, 'gradient-descent'),
(md5('learnpath-seed-item:gradient-descent-12')::uuid, 'gradient-descent');

-- ============================================================================================================
-- Skill: hierarchical-clustering
-- ============================================================================================================
-- hierarchical-clustering-1: shorter key, distractors as specific
update item set choices = '[{"key": "a", "text": "It starts with all points in one cluster and repeatedly splits off the most distant group of points"}, {"key": "b", "text": "It picks k random centroids and repeatedly moves each one to the mean of its assigned points"}, {"key": "c", "text": "It starts from singletons and repeatedly merges the two closest clusters under the chosen linkage"}, {"key": "d", "text": "It grows clusters outward from dense core points and leaves the sparse points as noise"}]'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:hierarchical-clustering-1')::uuid;

-- hierarchical-clustering-3: the stem described the key ('single close pairs'); it now describes only the symptom (issue 28)
update item set stem = 'Which linkage criterion is most prone to ''chaining'', where clusters grow into long, straggly shapes through a sequence of nearby points, so that two clearly separate groups can end up merged by a thin bridge of points?',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:hierarchical-clustering-3')::uuid;

insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:hierarchical-clustering-7')::uuid,
 'In a dendrogram, what does the height at which two branches join represent?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "The distance, under the chosen linkage, between the two clusters merged there"}, {"key": "b", "text": "The number of original points contained in the new cluster formed by that merge"}, {"key": "c", "text": "The order in which the points were read from the input data"}, {"key": "d", "text": "The within-cluster variance of the final clustering solution"}]'::jsonb,
 '{"choice": "a"}'::jsonb,
 'Each merge is drawn at the linkage distance between the two clusters it joins, so tall vertical gaps mean that the next merge joins clusters that are far apart, which is where cutting the tree makes sense. The cluster size is stored separately (the fourth column of SciPy''s linkage matrix), the leaf order is arranged to avoid crossing lines, and the height is a property of one merge, not of a final solution.',
 -1.5, 'PUBLISHED'),
(md5('learnpath-seed-item:hierarchical-clustering-8')::uuid,
 'You computed Z = scipy.cluster.hierarchy.linkage(X, method=''average''). Which function in scipy.cluster.hierarchy draws the tree diagram of the merges stored in Z? Give the function name.',
 'SHORT_TEXT',
 null,
 '{"accepted": ["dendrogram", "dendrogram()", "dendrogram(Z)", "scipy.cluster.hierarchy.dendrogram", "hierarchy.dendrogram", "scipy.cluster.hierarchy.dendrogram(Z)", "hierarchy.dendrogram(Z)", "sch.dendrogram(Z)", "sch.dendrogram"]}'::jsonb,
 'scipy.cluster.hierarchy.dendrogram(Z) plots the merge tree with matplotlib, each merge drawn at its linkage distance; options such as truncate_mode=''lastp'' keep large trees readable and color_threshold colours the clusters below a cut. fcluster extracts flat cluster labels from Z, and linkage itself only computes the merges.',
 -1.2, 'PUBLISHED'),
(md5('learnpath-seed-item:hierarchical-clustering-9')::uuid,
 'Z = linkage(X, method=''ward'') for 200 points, then labels = fcluster(Z, t=3, criterion=''maxclust''). What is labels?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "An array of 200 cluster labels forming at most 3 clusters, numbered from 1"}, {"key": "b", "text": "An array of 200 cluster labels forming at most 3 clusters, numbered from 0"}, {"key": "c", "text": "A list of 3 arrays, each holding the indices of one cluster''s points"}, {"key": "d", "text": "The 3 merge heights at the top of the tree, in decreasing order"}]'::jsonb,
 '{"choice": "a"}'::jsonb,
 'fcluster cuts the tree and returns one flat label per original observation; criterion=''maxclust'' finds a cut giving at most t clusters. SciPy numbers flat clusters from 1, unlike scikit-learn, whose labels_ start at 0, a frequent source of off-by-one bugs when mixing the two. Merge heights are read from Z[:, 2], not from fcluster.',
 -0.6, 'PUBLISHED'),
(md5('learnpath-seed-item:hierarchical-clustering-10')::uuid,
 'You only have a 500 x 500 matrix of pairwise dissimilarities between documents, no feature vectors. Which methods can you run directly on that matrix? Select all that apply.',
 'MULTIPLE_CHOICE',
 '[{"key": "a", "text": "AgglomerativeClustering(metric=''precomputed'', linkage=''average'')"}, {"key": "b", "text": "DBSCAN(metric=''precomputed'')"}, {"key": "c", "text": "KMeans(n_clusters=5)"}, {"key": "d", "text": "AgglomerativeClustering(metric=''precomputed'', linkage=''ward'')"}]'::jsonb,
 '{"choices": ["a", "b"]}'::jsonb,
 'Single, complete and average linkage only need distances between points, so agglomerative clustering accepts a precomputed matrix with them (the parameter is metric in scikit-learn 1.2 and later, affinity before), and DBSCAN only needs neighbourhood queries, which a precomputed matrix answers. k-means needs coordinates to compute centroids as means, and Ward''s criterion is defined through squared Euclidean variance, so scikit-learn rejects Ward with anything but Euclidean feature vectors.',
 -0.2, 'PUBLISHED'),
(md5('learnpath-seed-item:hierarchical-clustering-11')::uuid,
 'The one-dimensional points 0, 1, 3, 7 and 8 are clustered agglomeratively with complete linkage. At what height does the final merge, joining the last two clusters, take place? Give the number.',
 'NUMERIC',
 null,
 '{"value": 8, "tolerance": 0.001}'::jsonb,
 'First {0, 1} and {7, 8} merge at distance 1. Next, 3 joins {0, 1}: complete linkage uses the farthest pair, so the distance is |0 - 3| = 3, smaller than |3 - 8| = 5 to {7, 8}. The final merge joins {0, 1, 3} and {7, 8} at the farthest pair |0 - 8| = 8 (SciPy''s linkage gives heights 1, 1, 3, 8). Single linkage would use the closest pair |3 - 7| = 4 for that last merge, and average linkage about 6.17.',
 1.0, 'PUBLISHED'),
(md5('learnpath-seed-item:hierarchical-clustering-12')::uuid,
 'The first value returned by scipy.cluster.hierarchy.cophenet(Z, pdist(X)), the cophenetic correlation coefficient, is 0.92 for one linkage and 0.61 for another on the same data. What does this number measure?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "How well the tree''s merge heights preserve the original distances between points"}, {"key": "b", "text": "How well the clusters from cutting the tree agree with known class labels of the points"}, {"key": "c", "text": "How strongly the number of clusters correlates with the within-cluster sum of squares"}, {"key": "d", "text": "How similar the two dendrograms are to each other, merge by merge and height by height"}]'::jsonb,
 '{"choice": "a"}'::jsonb,
 'The cophenetic distance between two points is the height at which they first end up in the same cluster; the cophenetic correlation is the correlation between these distances and the original ones. 0.92 means that the dendrogram is a faithful summary of the distance structure, which helps choose a linkage. It uses no class labels (that would be an external index such as the adjusted Rand index), it is computed per tree against the data, not between two trees, and it has nothing to do with k-means-style inertia.',
 1.1, 'PUBLISHED');

insert into item_skill (item_id, skill_code) values
(md5('learnpath-seed-item:hierarchical-clustering-7')::uuid, 'hierarchical-clustering'),
(md5('learnpath-seed-item:hierarchical-clustering-8')::uuid, 'hierarchical-clustering'),
(md5('learnpath-seed-item:hierarchical-clustering-9')::uuid, 'hierarchical-clustering'),
(md5('learnpath-seed-item:hierarchical-clustering-10')::uuid, 'hierarchical-clustering'),
(md5('learnpath-seed-item:hierarchical-clustering-11')::uuid, 'hierarchical-clustering'),
(md5('learnpath-seed-item:hierarchical-clustering-12')::uuid, 'hierarchical-clustering');

-- ============================================================================================================
-- Skill: hyperparameter-tuning
-- ============================================================================================================
-- hyperparameter-tuning-3: shorter key; distractors without 'always' and 'cannot'
update item set choices = '[{"key": "a", "text": "Random search reliably finds the global optimum when it is given the same budget of trials"}, {"key": "b", "text": "Random draws try many distinct values of each important parameter; a grid repeats a few values"}, {"key": "c", "text": "Random search skips cross-validation, so it can afford many more candidate settings"}, {"key": "d", "text": "Grid search has no way to handle continuous hyperparameters such as learning rates or regularization strengths"}]'::jsonb,
    explanation = 'In a 60-point grid over, say, 3 hyperparameters, each one only takes about 4 distinct values, and many fits just vary parameters that do not matter; 60 random draws from continuous distributions give 60 distinct values of every parameter, so the important ones are explored far more finely (the argument of Bergstra and Bengio, 2012). Neither method promises the optimum, both use cross-validation in scikit-learn, and a grid can include continuous parameters by discretizing them.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:hyperparameter-tuning-3')::uuid;

-- hyperparameter-tuning-4: the key repeated the stem's 'grid'; it now speaks of the search range
update item set choices = '[{"key": "a", "text": "Extend the range past 100 (e.g. 1,000 and 10,000): the optimum may lie beyond it"}, {"key": "b", "text": "Accept C = 100, since it is the best value the search found"}, {"key": "c", "text": "Switch to C = 0.001, because values at the edge of a grid are unreliable"}, {"key": "d", "text": "Report the best cross-validation score as the model''s final, unbiased test performance"}]'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:hyperparameter-tuning-4')::uuid;

-- hyperparameter-tuning-5: distractor c without 'guaranteed'
update item set choices = '[{"key": "a", "text": "It uses the results of earlier trials to propose promising hyperparameter values"}, {"key": "b", "text": "Unpromising trials can be stopped early with a pruner, based on intermediate results"}, {"key": "c", "text": "It locates the best possible configuration within whatever number of trials you allow"}, {"key": "d", "text": "Each trial is sampled independently of previous results, exactly as in random search"}, {"key": "e", "text": "Sampling a learning rate on a log scale (e.g. suggest_float(''lr'', 1e-5, 1e-1, log=True)) is usually sensible"}]'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:hyperparameter-tuning-5')::uuid;

-- hyperparameter-tuning-6: shorter key; distractors without 'must' and 'entirely'
update item set choices = '[{"key": "a", "text": "The hold-out set is drawn from a different distribution than the cross-validation data"}, {"key": "b", "text": "The search space was too small, so even the best configuration found still underfits the data"}, {"key": "c", "text": "Picking the best of 2,000 noisy CV scores overfits the folds (winner''s curse), so 0.874 was optimistic"}, {"key": "d", "text": "Cross-validation should have used 20 folds, which would have removed the noise"}]'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:hyperparameter-tuning-6')::uuid;

insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:hyperparameter-tuning-7')::uuid,
 'After search = GridSearchCV(model, grid, cv=5).fit(X_train, y_train) with the default refit=True, which attribute holds the model retrained on all of X_train with the winning settings?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "search.best_estimator_"}, {"key": "b", "text": "search.best_params_"}, {"key": "c", "text": "search.cv_results_[''params'']"}, {"key": "d", "text": "search.best_score_"}]'::jsonb,
 '{"choice": "a"}'::jsonb,
 'With refit=True the search refits a clone of the model with the best parameters on the whole training data and stores it as best_estimator_; search.predict delegates to it. best_params_ is only the dictionary of winning settings, best_score_ their mean cross-validated score, and cv_results_ the table of every candidate''s fold scores and timings, whose ''params'' entry lists the settings of all candidates; none of these is a fitted model.',
 -1.4, 'PUBLISHED'),
(md5('learnpath-seed-item:hyperparameter-tuning-8')::uuid,
 'Why are hyperparameters such as max_depth chosen with cross-validation or a validation set instead of by the training-set score?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "Training scores favour the most complex settings; held-out data shows which ones generalize"}, {"key": "b", "text": "Training-set scores take too long to compute for every candidate setting in a search"}, {"key": "c", "text": "Cross-validation gives each candidate more training rows than the training set itself"}, {"key": "d", "text": "The training score is biased downward for complex models, which makes them look weaker than they are"}]'::jsonb,
 '{"choice": "a"}'::jsonb,
 'A deeper tree or a weaker penalty always fits the training data at least as well, so ranking by training score picks the most overfitted setting. Scoring on data the model did not train on estimates generalization instead. The training score is cheap, not slow; cross-validation trains on fewer rows than the full training set, not more; and training scores of complex models are biased upward, not downward.',
 -1.2, 'PUBLISHED'),
(md5('learnpath-seed-item:hyperparameter-tuning-9')::uuid,
 'pipe = Pipeline([(''scale'', StandardScaler()), (''svc'', SVC())]). Which param_grid lets GridSearchCV(pipe, param_grid) tune the SVC''s C?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "{''svc__C'': [0.1, 1, 10]}"}, {"key": "b", "text": "{''C'': [0.1, 1, 10]}"}, {"key": "c", "text": "{''svc.C'': [0.1, 1, 10]}"}, {"key": "d", "text": "{''svc'': {''C'': [0.1, 1, 10]}}"}]'::jsonb,
 '{"choice": "a"}'::jsonb,
 'Parameters of a pipeline step are addressed as <step name>__<parameter>, with the step name as given in the Pipeline (''svc'') and a double underscore. A bare ''C'' is not a parameter of the Pipeline, so fit raises ValueError: Invalid parameter ''C'' for estimator Pipeline; dotted names are not used, and a nested dictionary per step is rejected with a TypeError, because every value in a parameter grid must be a list of candidates. pipe.get_params().keys() lists every valid name.',
 -0.7, 'PUBLISHED'),
(md5('learnpath-seed-item:hyperparameter-tuning-10')::uuid,
 'RandomizedSearchCV samples C from scipy.stats.loguniform(1e-3, 1e2). What is the probability that a sampled C is below 1? Give the number.',
 'NUMERIC',
 null,
 '{"value": 0.6, "tolerance": 0.001}'::jsonb,
 'A log-uniform distribution is uniform in log10(C), here on [-3, 2], five decades wide. C < 1 means log10(C) < 0, which covers three of the five decades: 3/5 = 0.6 (loguniform(1e-3, 1e2).cdf(1) = 0.6). A uniform distribution on [0.001, 100] would put only about 1% of the draws below 1, which is why scale parameters such as C, alpha or learning rates are searched on a log scale.',
 -0.2, 'PUBLISHED'),
(md5('learnpath-seed-item:hyperparameter-tuning-11')::uuid,
 'Which statement about scikit-learn''s RandomizedSearchCV is true? Select all that apply.',
 'MULTIPLE_CHOICE',
 '[{"key": "a", "text": "n_iter sets how many parameter settings are sampled and cross-validated"}, {"key": "b", "text": "Every parameter in param_distributions has to be given as a continuous scipy distribution"}, {"key": "c", "text": "It evaluates each candidate on the test set you pass to fit, alongside the training folds"}, {"key": "d", "text": "It tries every combination of the given lists, only in a random order"}]'::jsonb,
 '{"choices": ["a"]}'::jsonb,
 'RandomizedSearchCV draws n_iter parameter settings, cross-validates each and (with refit=True) refits the best. Lists are allowed and are sampled uniformly, next to scipy distributions such as loguniform. It only sees the data passed to fit, which it splits into cross-validation folds; a test set must stay outside. Trying every combination is what GridSearchCV does.',
 -0.4, 'PUBLISHED'),
(md5('learnpath-seed-item:hyperparameter-tuning-12')::uuid,
 'What does HalvingGridSearchCV (successive halving, enabled with from sklearn.experimental import enable_halving_search_cv) do differently from GridSearchCV?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "It scores all candidates on a small budget, keeps the best share, and repeats with more budget"}, {"key": "b", "text": "It halves the grid by dropping every second value of each hyperparameter before searching"}, {"key": "c", "text": "It uses half of the folds of GridSearchCV, so that each candidate is cross-validated twice as fast"}, {"key": "d", "text": "It fits half the candidates on each half of the data and then averages the two best models"}]'::jsonb,
 '{"choice": "a"}'::jsonb,
 'Successive halving treats candidate selection as a tournament: every candidate first gets a small resource (by default few training samples, or e.g. a few boosting iterations), only the best 1/factor survive (factor=3 by default), and survivors get more resource in the next round, until few remain. It spends most compute on promising settings. The risk is that settings which only shine with a lot of data are eliminated early. It does not thin out the grid values, change the number of folds or average models.',
 1.0, 'PUBLISHED'),
(md5('learnpath-seed-item:hyperparameter-tuning-13')::uuid,
 'In nested cross-validation of an SVM, the best C chosen in the five outer folds is 0.3, 10, 1, 30 and 3, while the outer-fold scores are all between 0.86 and 0.87. What is the most reasonable reading?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "The tuning is broken, because each outer fold should select the same C"}, {"key": "b", "text": "The score is flat over a wide range of C, so the exact choice matters little here"}, {"key": "c", "text": "The outer scores are unreliable, because they were produced by different values of C"}, {"key": "d", "text": "C = 30 should be used, because it is the largest value selected in any fold"}]'::jsonb,
 '{"choice": "b"}'::jsonb,
 'Different outer training sets picking C values spread over two orders of magnitude while performance stays the same means the validation score hardly depends on C in that range: many values are about equally good, and noise decides which one wins. Nested CV estimates the performance of the whole tuning procedure, which is stable here; for the final model you rerun the search on all data. Nothing requires folds to agree, and picking the largest C has no basis.',
 1.2, 'PUBLISHED');

insert into item_skill (item_id, skill_code) values
(md5('learnpath-seed-item:hyperparameter-tuning-7')::uuid, 'hyperparameter-tuning'),
(md5('learnpath-seed-item:hyperparameter-tuning-8')::uuid, 'hyperparameter-tuning'),
(md5('learnpath-seed-item:hyperparameter-tuning-9')::uuid, 'hyperparameter-tuning'),
(md5('learnpath-seed-item:hyperparameter-tuning-10')::uuid, 'hyperparameter-tuning'),
(md5('learnpath-seed-item:hyperparameter-tuning-11')::uuid, 'hyperparameter-tuning'),
(md5('learnpath-seed-item:hyperparameter-tuning-12')::uuid, 'hyperparameter-tuning'),
(md5('learnpath-seed-item:hyperparameter-tuning-13')::uuid, 'hyperparameter-tuning');

-- ============================================================================================================
-- Skill: k-means-clustering
-- ============================================================================================================
-- k-means-clustering-1: shorter key; distractor d also speaks of means, so the key is not the only option echoing the stem's 'k-means'
update item set choices = '[{"key": "a", "text": "Assign points to the nearest centroid, move each centroid to the mean of its points, repeat"}, {"key": "b", "text": "Merge the two closest clusters, update the distances between clusters, and stop when k clusters remain"}, {"key": "c", "text": "Label points with fewer than k neighbours as noise and grow clusters from the remaining ones"}, {"key": "d", "text": "Fit k Gaussians by maximizing the likelihood, each with its own mean and full covariance matrix"}]'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:k-means-clustering-1')::uuid;

-- k-means-clustering-3: shorter key; a distractor now also speaks of clusters (the key alone echoed the stem)
update item set choices = '[{"key": "a", "text": "Inertia is only defined for two clusters, so the values for other k are not comparable with each other at all"}, {"key": "b", "text": "Inertia keeps falling as k grows (0 when each point is its own cluster), so its minimum is at the largest k"}, {"key": "c", "text": "Inertia grows with k, so its minimum would select one single cluster for every dataset"}, {"key": "d", "text": "Inertia needs ground-truth labels, which are unknown in a clustering problem"}]'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:k-means-clustering-3')::uuid;

-- k-means-clustering-5: distractor d names k-means too, so the keys are not the only options echoing the stem
update item set choices = '[{"key": "a", "text": "k-means++ initialization spreads the initial centroids apart, which usually gives faster convergence and better solutions than purely random initialization"}, {"key": "b", "text": "k-means can converge to a local optimum, so it is common to run several initializations (n_init > 1) and keep the solution with the lowest inertia"}, {"key": "c", "text": "It struggles with elongated or non-convex clusters, such as two interleaving half-moons"}, {"key": "d", "text": "The k-means result does not depend on feature scaling, since the centroids adapt to each feature''s range"}, {"key": "e", "text": "It determines the number of clusters automatically from the data, with the elbow method built in"}]'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:k-means-clustering-5')::uuid;

-- k-means-clustering-6: shorter key; distractor without 'always'
update item set choices = '[{"key": "a", "text": "k-means splits on the first column first; reorder the columns so that visits come first"}, {"key": "b", "text": "Visits are irrelevant to customer behaviour, so three income bands is the correct result"}, {"key": "c", "text": "Income dominates the squared distances, so visits barely count; standardize (log-transform skewed income first)"}, {"key": "d", "text": "k = 3 is too small; with a larger k the visits would start to shape the clusters"}]'::jsonb,
    explanation = 'Squared distances add up per-feature squared differences, so a feature measured in tens of thousands overwhelms one measured in single digits, and the clustering ends up using income alone. Scaling (often after a log transform of skewed monetary features) lets both dimensions shape the clusters. k-means has no notion of column order, the outcome reflects units rather than relevance, and more clusters would just cut income into more bands.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:k-means-clustering-6')::uuid;

insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:k-means-clustering-7')::uuid,
 'After km = KMeans(n_clusters=4, n_init=10).fit(X), where are the coordinates of the four cluster centres?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "km.cluster_centers_"}, {"key": "b", "text": "km.labels_"}, {"key": "c", "text": "km.inertia_"}, {"key": "d", "text": "km.cluster_centroids_"}]'::jsonb,
 '{"choice": "a"}'::jsonb,
 'cluster_centers_ is an array of shape (4, n_features) with the final centroids. labels_ holds the cluster index of each training point, inertia_ the within-cluster sum of squared distances, and there is no cluster_centroids_ attribute (accessing it raises AttributeError).',
 -1.3, 'PUBLISHED'),
(md5('learnpath-seed-item:k-means-clustering-8')::uuid,
 'A KMeans model was fitted on last year''s customers. What does km.predict(X_new) do with this year''s customers?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "Assigns each new point to its nearest learned centroid, leaving the centroids unchanged"}, {"key": "b", "text": "Runs k-means again from scratch on this year''s data and returns whatever labels that run finds"}, {"key": "c", "text": "Returns, for each new point, its distance to every one of the learned centroids"}, {"key": "d", "text": "Gives each new point the cluster of its nearest neighbour among last year''s points"}]'::jsonb,
 '{"choice": "a"}'::jsonb,
 'predict applies the assignment step only: each new point gets the index of the closest centroid in cluster_centers_, and nothing is refitted. The distances to every centroid come from km.transform(X_new), refitting is fit or fit_predict, and nearest-neighbour labelling would need the training points, which k-means does not use for prediction.',
 -1.2, 'PUBLISHED'),
(md5('learnpath-seed-item:k-means-clustering-9')::uuid,
 'k-means with k = 2 has converged on the one-dimensional points 1, 2, 3, 10 and 12, with clusters {1, 2, 3} and {10, 12}. What is its inertia (the value of KMeans.inertia_)? Give the number.',
 'NUMERIC',
 null,
 '{"value": 4, "tolerance": 0.001}'::jsonb,
 'Inertia is the sum of squared distances from each point to its own centroid. The centroids are 2 and 11: (1-2)² + 0 + (3-2)² = 2 and (10-11)² + (12-11)² = 2, so the inertia is 4 (scikit-learn''s KMeans gives inertia_ = 4.0 on these points). Summing unsquared distances also gives 4 here by coincidence, but in general it does not; averaging by the number of points (0.8) is not what inertia_ reports.',
 -0.7, 'PUBLISHED'),
(md5('learnpath-seed-item:k-means-clustering-10')::uuid,
 'For k = 2 to 6, the average silhouette scores of k-means solutions are 0.41, 0.58, 0.52, 0.39 and 0.35, and the inertia curve bends most clearly at k = 3. Which conclusions are sound? Select all that apply.',
 'MULTIPLE_CHOICE',
 '[{"key": "a", "text": "Among the values tried, k = 3 has the best average silhouette"}, {"key": "b", "text": "Both criteria favour k = 3, but the segments should still be checked for usefulness"}, {"key": "c", "text": "k = 2 is the best choice, because it has the lowest inertia"}, {"key": "d", "text": "A silhouette of 0.58 means that 58% of the points are in the right cluster"}]'::jsonb,
 '{"choices": ["a", "b"]}'::jsonb,
 'The silhouette peaks at k = 3 (0.58) and the elbow is at 3 too, so k = 3 is well supported; whether three segments are actionable is a business check that no index replaces. Inertia is highest at k = 2, since it falls as k grows, and the silhouette is a mean of per-point (b - a) / max(a, b) values between -1 and 1, not a share of correctly clustered points (there are no true labels).',
 -0.2, 'PUBLISHED'),
(md5('learnpath-seed-item:k-means-clustering-11')::uuid,
 'A colleague one-hot encodes three categorical columns (country, device, plan) and runs k-means on the 0/1 columns. What is the main problem?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "There is none: one-hot columns are numeric, so k-means handles them like any other features"}, {"key": "b", "text": "The only issue is the number of columns; after PCA to 2 dimensions k-means is well suited"}, {"key": "c", "text": "Means of 0/1 columns aren''t categories and squared distance counts every mismatch alike; try k-modes"}, {"key": "d", "text": "One-hot is the wrong encoding; label-encoding the categories as integers would make k-means appropriate"}]'::jsonb,
 '{"choice": "c"}'::jsonb,
 'Centroids of one-hot columns are fractions (e.g. 0.3 of a country), which describe no actual category, and squared Euclidean distance between one-hot vectors only counts mismatches, so k-means has little geometry to work with and often produces unstable splits. k-modes (for categorical data) or k-prototypes and Gower distance with hierarchical clustering (for mixed data) are designed for this. Integer label encoding is worse, since it invents an order and distances between categories, and PCA does not change the categorical nature of the data.',
 1.1, 'PUBLISHED'),
(md5('learnpath-seed-item:k-means-clustering-12')::uuid,
 'In the original k-means++ initialization, each next centroid is drawn with probability proportional to D(x)², the squared distance of x to its nearest already chosen centroid. On the one-dimensional points 0, 1, 2 and 3, the first centroid is 0. What is the probability that 3 becomes the second centroid? Round to three decimals.',
 'NUMERIC',
 null,
 '{"value": 0.643, "tolerance": 0.0005}'::jsonb,
 'The squared distances to the centroid at 0 are 1, 4 and 9 for the points 1, 2 and 3 (and 0 for the point 0 itself), summing to 14, so P(3) = 9/14 ≈ 0.643. Weighting by plain distance would give 3/6 = 0.5, and a uniform choice 1/3. Squaring favours far-away points strongly, which spreads the initial centroids out; scikit-learn''s variant draws several candidates per step and keeps the one that lowers inertia most.',
 1.1, 'PUBLISHED');

insert into item_skill (item_id, skill_code) values
(md5('learnpath-seed-item:k-means-clustering-7')::uuid, 'k-means-clustering'),
(md5('learnpath-seed-item:k-means-clustering-8')::uuid, 'k-means-clustering'),
(md5('learnpath-seed-item:k-means-clustering-9')::uuid, 'k-means-clustering'),
(md5('learnpath-seed-item:k-means-clustering-10')::uuid, 'k-means-clustering'),
(md5('learnpath-seed-item:k-means-clustering-11')::uuid, 'k-means-clustering'),
(md5('learnpath-seed-item:k-means-clustering-12')::uuid, 'k-means-clustering');
