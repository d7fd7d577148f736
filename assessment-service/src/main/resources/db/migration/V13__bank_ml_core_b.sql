-- Issue 28, item bank rewrite for the second half of the core machine-learning skills (k-nearest-neighbors,
-- linear-regression, logistic-regression, model-interpretability, pipelines-data-leakage, random-forests,
-- regression-metrics, regression-vs-classification, regularization, roc-pr-curves, sklearn-estimator-api,
-- support-vector-machines, train-validation-test-split).
-- Corrections keep an item's id (version + 1), so stored answers keep their meaning; an item that would measure
-- something else, or that duplicated another skill's item, is retired and replaced by a new key.
-- Option lengths are rebalanced so the key is not the longest option by habit, and each skill gets new items
-- (seed keys <skill>-7 and up) spread over the difficulty range and the answer formats.
-- Every number and code output an item states was recomputed with Python (numpy, pandas, scikit-learn 1.x).

-- ====================================================================================================
-- regression-vs-classification
-- ====================================================================================================
update item set
    stem = 'A subscription service wants to predict, for each customer, the number of days until their next purchase (values from 0 to 365). Which kind of supervised learning task is this?',
    choices = '[{"key": "a", "text": "Binary classification"}, {"key": "b", "text": "Multiclass classification with 366 classes"}, {"key": "c", "text": "Clustering of customers by purchase gap"}, {"key": "d", "text": "Regression on a time-to-event target"}]'::jsonb,
    answer = '{"choice": "d"}'::jsonb,
    explanation = 'The target is a numeric quantity whose values are ordered and whose differences are meaningful (being off by 2 days is better than being off by 200), so it is a regression task. Because it is a time until an event, watch for censoring: customers who have not bought again by the end of the data only tell you that the gap is at least so many days. Dropping them, or using the days observed so far as if they were the answer, biases predictions downward; survival (time-to-event) models such as Cox or accelerated-failure-time models use those censored rows correctly. Treating the target as 366 unrelated classes throws away the ordering and leaves very few examples per class; binary classification only fits a reframed question such as ''will they buy within 30 days?''. Clustering is unsupervised and does not predict a given target.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:regression-vs-classification-1')::uuid;
update item set
    choices = '[{"key": "a", "text": "Regression, because the model outputs a continuous score between 0 and 1 rather than a label"}, {"key": "b", "text": "Clustering, because fraudulent transactions form their own separate group in feature space"}, {"key": "c", "text": "Binary classification; a threshold turns the class probability into block or allow"}, {"key": "d", "text": "Multilabel classification, because the score can take many different values for one transaction"}]'::jsonb,
    answer = '{"choice": "c"}'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:regression-vs-classification-2')::uuid;
update item set
    stem = 'You train a binary classifier whose predicted probabilities will price insurance risk. Which training loss turns training into maximum-likelihood estimation of a Bernoulli model of the outcome?',
    choices = '[{"key": "a", "text": "Mean squared error on the 0/1 labels (the Brier score)"}, {"key": "b", "text": "Mean absolute error"}, {"key": "c", "text": "Hinge loss"}, {"key": "d", "text": "Log loss (binary cross-entropy)"}]'::jsonb,
    answer = '{"choice": "d"}'::jsonb,
    explanation = 'Log loss is the negative log-likelihood of a Bernoulli model, -[y·log p + (1 - y)·log(1 - p)], so minimizing it is maximum-likelihood estimation; it is what logistic regression and most neural classifiers optimize. Squared error on 0/1 labels (the Brier score) is also a proper scoring rule and does reward calibrated probabilities, which is why it is a fine evaluation metric, but it is not the Bernoulli likelihood, and through a sigmoid it gives weak gradients for confidently wrong predictions. Hinge loss (SVMs) only cares about being on the right side of the margin and yields no probabilities, and mean absolute error on 0/1 labels is minimized by the conditional median, which pushes predictions to 0 or 1 instead of probabilities.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:regression-vs-classification-4')::uuid;
update item set
    choices = '[{"key": "a", "text": "Regression, because the labels are numbers and a predicted average such as 3.4 stars is meaningful on its own"}, {"key": "b", "text": "Ordinal target: classification ignores that 1 for a true 5 is worse than 4, regression needs rounding; choose by how errors are costed"}, {"key": "c", "text": "Multiclass classification, because there are only five distinct integer values and accuracy is the natural metric"}, {"key": "d", "text": "Binary classification: collapse ratings into happy (4-5) and unhappy (1-3), since five levels are too noisy to predict"}]'::jsonb,
    answer = '{"choice": "b"}'::jsonb,
    explanation = 'Star ratings are ordered categories, so neither naive answer is automatically right. Plain multiclass classification (scored by accuracy) treats every wrong class as equally bad, whereas regression (scored by MAE or RMSE) penalizes larger misses more but can predict 3.4 or 5.7, which must be rounded or clipped; ordinal models sit in between. Being numeric does not force regression, having few values does not force classification, and collapsing to two classes throws away information the business may need (a 1-star review is not a 3-star review). A strong answer names the trade-off and ties it to the evaluation metric.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:regression-vs-classification-5')::uuid;
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:regression-vs-classification-7')::uuid,
    'Despite its name, what kind of task is logistic regression used for?',
    'SINGLE_CHOICE',
    '[{"key": "a", "text": "Regression of a continuous target measured on a logarithmic scale"}, {"key": "b", "text": "Classification: it models the probability of a class"}, {"key": "c", "text": "Forecasting growth curves that level off, such as user adoption over time"}, {"key": "d", "text": "Regression of count targets, such as the number of visits per day"}]'::jsonb,
    '{"choice": "b"}'::jsonb,
    'Logistic regression fits a linear score and passes it through the sigmoid to get a class probability, then thresholds it: it is a classifier, and scikit-learn lists LogisticRegression among the linear classifiers. The name comes from the logistic function, which is also used to describe S-shaped growth curves, but fitting such a curve to a time series is a different (non-linear regression) problem. Log-scale targets and counts are regression problems, handled by linear regression on log(y) or by Poisson regression.',
    -1.6, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:regression-vs-classification-7')::uuid, 'regression-vs-classification');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:regression-vs-classification-8')::uuid,
    'Which of these targets makes the task a regression problem?',
    'SINGLE_CHOICE',
    '[{"key": "a", "text": "Whether a loan will default within one year"}, {"key": "b", "text": "The kilowatt-hours a building will use tomorrow"}, {"key": "c", "text": "The blood group (A, B, AB or O) of a donor"}, {"key": "d", "text": "Which of 40 languages a support ticket is written in"}]'::jsonb,
    '{"choice": "b"}'::jsonb,
    'Tomorrow''s energy use is a continuous quantity with meaningful differences, so predicting it is regression. Default within a year is a yes/no outcome (binary classification), blood group is one of four unordered categories and the ticket language one of 40 unordered categories (both multiclass classification); the number of classes does not turn a classification task into regression.',
    -1.3, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:regression-vs-classification-8')::uuid, 'regression-vs-classification');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:regression-vs-classification-9')::uuid,
    'A colleague fits DecisionTreeClassifier().fit(X, y) in scikit-learn, where y holds house prices with cents, such as 349900.50. What happens?',
    'SINGLE_CHOICE',
    '[{"key": "a", "text": "It fits a regression tree instead, because scikit-learn detects the numeric target"}, {"key": "b", "text": "It raises ValueError: Unknown label type: ''continuous''"}, {"key": "c", "text": "It bins the prices into ten equal-width classes and fits a classifier on them"}, {"key": "d", "text": "It fits a classifier that treats every distinct price as its own class"}]'::jsonb,
    '{"choice": "b"}'::jsonb,
    'Classifiers check the target with type_of_target, which calls non-integer floats ''continuous'' and refuses them with "Unknown label type: ''continuous''". scikit-learn never switches to a regressor or bins the target for you. The last option is what happens if the prices are whole numbers (349900.0): they look like a multiclass target, and the classifier silently fits one class per distinct price, which is a worse bug because nothing fails. Choose the estimator from the task: DecisionTreeRegressor for prices.',
    -0.5, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:regression-vs-classification-9')::uuid, 'regression-vs-classification');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:regression-vs-classification-10')::uuid,
    'Each news article can carry any subset of three tags: politics, economy and sport (including none of them). A colleague turns this multilabel problem into a single multiclass problem in which each class is one combination of tags (the label powerset). At most how many classes can that multiclass problem have? Give a whole number.',
    'NUMERIC',
    null,
    '{"value": 8, "tolerance": 0}'::jsonb,
    'Each of the three tags is independently present or absent, so there are 2 × 2 × 2 = 2³ = 8 combinations, including the empty set, and each can become one class. Answering 3 confuses the label powerset with one-vs-rest (three separate binary classifiers, one per tag), and 7 forgets that an article may have no tag. The count grows as 2^k, which is why the label powerset only suits a handful of labels; with more labels, one binary classifier per label (or a classifier chain) is the usual choice.',
    0.3, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:regression-vs-classification-10')::uuid, 'regression-vs-classification');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:regression-vs-classification-11')::uuid,
    'For each production batch you want to predict the fraction of units that turn out defective (a number between 0 and 1, mostly below 0.05). Which framing fits best?',
    'SINGLE_CHOICE',
    '[{"key": "a", "text": "Binary classification, because the target lies between 0 and 1 just like a class probability does"}, {"key": "b", "text": "Multiclass classification after rounding the fraction into ten bins of width 0.1"}, {"key": "c", "text": "Regression on the fraction with an output bounded to [0, 1], e.g. a logistic link and cross-entropy"}, {"key": "d", "text": "Regression with squared error on the raw fraction; the [0, 1] bounds can be ignored because the values are small"}]'::jsonb,
    '{"choice": "c"}'::jsonb,
    'The target is a continuous proportion, so this is regression; a logistic link (as in a binomial or fractional-logit GLM, weighted by batch size) keeps predictions inside [0, 1] and models the variance of a proportion sensibly. A value between 0 and 1 is not a class label, so there is nothing to classify. Bins of width 0.1 would put almost every batch into the first bin and erase the differences that matter. Plain squared error on the raw fraction can predict negative rates near 0, exactly where this data lives.',
    1.1, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:regression-vs-classification-11')::uuid, 'regression-vs-classification');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:regression-vs-classification-12')::uuid,
    'Which statements about framing a prediction task are true? Select all that apply.',
    'MULTIPLE_CHOICE',
    '[{"key": "a", "text": "A classifier''s predicted probability is a continuous number, yet the task remains classification"}, {"key": "b", "text": "Any target stored as a number, such as a product category code 1-5, calls for regression"}, {"key": "c", "text": "Binning a continuous target into classes throws away how far apart the values are, unless the model is ordinal-aware"}, {"key": "d", "text": "Multilabel classification is the name for a single-label task with more than two classes"}, {"key": "e", "text": "Ordinary linear regression keeps its predictions within the range of the training targets"}]'::jsonb,
    '{"choices": ["a", "c"]}'::jsonb,
    'The task type follows the target, not the output: a probability of a class is still classification. Bins lose the distance information between values (predicting bin 1 for a true bin 9 counts the same as bin 8) unless an ordinal model or metric puts it back. Category codes are labels even when stored as integers, so they need classification. More than two mutually exclusive classes is multiclass; multilabel means several labels can hold at once. A linear model extrapolates and can predict below the smallest or above the largest training target; it is tree-based regressors that stay within the training range.',
    0.6, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:regression-vs-classification-12')::uuid, 'regression-vs-classification');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:regression-vs-classification-13')::uuid,
    'You must predict the remaining life (in days) of industrial pumps. In your data 30% of the pumps have failed, and the other 70% are still running at the data cut-off. What is the soundest framing?',
    'SINGLE_CHOICE',
    '[{"key": "a", "text": "Regression on days to failure, trained only on the 30% of pumps whose failure has been observed"}, {"key": "b", "text": "Regression in which still-running pumps get the days observed so far as their target"}, {"key": "c", "text": "A time-to-event (survival) model that treats still-running pumps as right-censored"}, {"key": "d", "text": "Binary classification of failed versus still running, since the durations are unreliable"}]'::jsonb,
    '{"choice": "c"}'::jsonb,
    'The still-running pumps carry real information, a lower bound on their lifetime; survival models (Kaplan-Meier, Cox, accelerated-failure-time models, survival forests) use it through censoring. Training only on failed pumps keeps the ones that failed early and biases predicted lifetimes downward; using the time observed so far as the target treats a lower bound as the answer, which biases it downward too. A plain failed/not-failed classifier ignores how long each pump was observed, so a pump installed last week counts the same as one that has run for years without failure.',
    1.4, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:regression-vs-classification-13')::uuid, 'regression-vs-classification');
update item set
    choices = '[{"key": "a", "text": "Whether an incoming email is spam"}, {"key": "b", "text": "The sale price of a house in dollars"}, {"key": "c", "text": "Which one of five product categories a new listing belongs to"}, {"key": "d", "text": "The set of topic tags (possibly several at once) that apply to a news article"}, {"key": "e", "text": "Tomorrow''s maximum temperature in degrees Celsius"}, {"key": "f", "text": "Whether a machine will fail within the next 7 days"}]'::jsonb,
    answer = '{"choices": ["a", "c", "d", "f"]}'::jsonb,
    explanation = 'Spam detection is binary classification, the product category is multiclass classification (exactly one of several classes), topic tagging is multilabel classification (each tag is its own yes/no decision, several may be true), and failure within a fixed 7-day window is a yes/no outcome, so binary classification, even though it is about time. House prices and temperatures are continuous quantities, so they are regression targets even though both are numbers that a person might round.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:regression-vs-classification-3')::uuid;

-- ====================================================================================================
-- sklearn-estimator-api
-- ====================================================================================================
update item set
    answer = '{"accepted": ["predict_proba", "predict_proba()", ".predict_proba", ".predict_proba()", "predict_proba(X)", ".predict_proba(X)", "predict_proba(X_test)", "predict_proba(X_new)", "clf.predict_proba", "clf.predict_proba()", "clf.predict_proba(X)", "clf.predict_proba(X_test)", "model.predict_proba", "model.predict_proba()", "model.predict_proba(X)", "model.predict_proba(X_test)", "estimator.predict_proba", "estimator.predict_proba(X)"]}'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:sklearn-estimator-api-2')::uuid;
update item set status = 'RETIRED', version = version + 1, updated_at = now() where id = md5('learnpath-seed-item:sklearn-estimator-api-3')::uuid;
update item set
    choices = '[{"key": "a", "text": "pipe.set_params(C=0.1)"}, {"key": "b", "text": "pipe.set_params(LogisticRegression__C=0.1)"}, {"key": "c", "text": "pipe.fit(X, y, clf__C=0.1)"}, {"key": "d", "text": "pipe.set_params(clf__C=0.1)"}]'::jsonb,
    answer = '{"choice": "d"}'::jsonb,
    explanation = 'Nested parameters are addressed as <step name>__<parameter> with a double underscore, so clf__C targets C of the step named ''clf''; the same names are used in GridSearchCV parameter grids. set_params(C=0.1) fails because the Pipeline itself has no parameter C, and the prefix is the step''s name in this Pipeline (''clf''), not the class name: LogisticRegression__C raises ValueError: Invalid parameter too (make_pipeline names steps after the lower-cased class, ''logisticregression__C'', which is where that habit comes from). pipe.fit(X, y, clf__C=0.1) routes C to LogisticRegression.fit as a fit-time argument, which raises TypeError: fit parameters such as sample_weight use the step__ prefix, hyperparameters such as C do not go through fit.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:sklearn-estimator-api-6')::uuid;
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:sklearn-estimator-api-7')::uuid,
    'In scikit-learn, what does model.fit(X, y) return?',
    'SINGLE_CHOICE',
    '[{"key": "a", "text": "The training score, so that you can check the fit immediately"}, {"key": "b", "text": "The estimator itself, now fitted, so calls can be chained"}, {"key": "c", "text": "A fitted copy of the estimator, leaving model itself unfitted"}, {"key": "d", "text": "None: the learned values are only stored as attributes"}]'::jsonb,
    '{"choice": "b"}'::jsonb,
    'fit returns self, which is why one-liners such as LogisticRegression().fit(X, y).predict(X_new) and model = Ridge().fit(X, y) work; the learned attributes (coef_, classes_ ...) are stored on that same object. fit does not compute a score (call score or a metric for that) and does not copy the estimator: copies are made by clone, which is what GridSearchCV and cross_val_score do internally. It is a common belief carried over from APIs where training returns nothing, but the returned object is the fitted estimator.',
    -0.4, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:sklearn-estimator-api-7')::uuid, 'sklearn-estimator-api');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:sklearn-estimator-api-8')::uuid,
    'x = np.array([1.0, 2.0, 3.0]) holds one feature for three samples. LinearRegression().fit(x, y) raises ''Expected 2D array, got 1D array instead''. Which argument should you pass instead of x?',
    'SINGLE_CHOICE',
    '[{"key": "a", "text": "x.reshape(1, -1)"}, {"key": "b", "text": "x.reshape(-1, 1)"}, {"key": "c", "text": "np.ravel(x)"}, {"key": "d", "text": "x.tolist()"}]'::jsonb,
    '{"choice": "b"}'::jsonb,
    'Estimators expect X of shape (n_samples, n_features); x.reshape(-1, 1) turns the 3 values into 3 rows of 1 feature. x.reshape(1, -1) makes 1 sample with 3 features, which then clashes with the 3 targets (''Found input variables with inconsistent numbers of samples: [1, 3]''). np.ravel keeps the array one-dimensional and a plain list of numbers is still 1-D, so both raise the same error. With pandas, df[[''col'']] (double brackets) gives a 2-D frame while df[''col''] is a 1-D Series.',
    -1.1, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:sklearn-estimator-api-8')::uuid, 'sklearn-estimator-api');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:sklearn-estimator-api-9')::uuid,
    'What does clf.score(X_test, y_test) return for a fitted scikit-learn classifier such as LogisticRegression?',
    'SINGLE_CHOICE',
    '[{"key": "a", "text": "The ROC-AUC on the test data"}, {"key": "b", "text": "The mean accuracy on the test data"}, {"key": "c", "text": "The log loss on the test data"}, {"key": "d", "text": "The macro-averaged F1 on the test data"}]'::jsonb,
    '{"choice": "b"}'::jsonb,
    'ClassifierMixin.score is the mean accuracy of predict(X) against y, whatever the model was trained with; regressors return R² instead. A model optimized for log loss still reports accuracy from score, and on imbalanced data that number can look good while the model is useless, so pass another metric explicitly (roc_auc_score, f1_score, or scoring=''roc_auc'' in cross-validation) when accuracy is not what you care about.',
    -1.3, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:sklearn-estimator-api-9')::uuid, 'sklearn-estimator-api');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:sklearn-estimator-api-10')::uuid,
    'You fit a ColumnTransformer that scales ''age'' and one-hot encodes ''city''. To label a linear model''s coefficients you need the names of the transformed columns, such as ''num__age'' and ''cat__city_Paris''. Which method of the fitted ColumnTransformer returns them? Give the method name.',
    'SHORT_TEXT',
    null,
    '{"accepted": ["get_feature_names_out", "get_feature_names_out()", ".get_feature_names_out", ".get_feature_names_out()", "ct.get_feature_names_out()", "ct.get_feature_names_out", "preprocessor.get_feature_names_out()", "preprocessor.get_feature_names_out", "get_feature_names_out(input_features)"]}'::jsonb,
    'get_feature_names_out() returns the output column names, prefixed by the transformer''s name (''num__age'', ''cat__city_Lyon'', ''cat__city_Paris''), in the same order as the columns of transform''s output; Pipelines and most transformers provide it too. The older get_feature_names was removed in scikit-learn 1.2. Alternatively, set_output(transform=''pandas'') makes transformers return DataFrames that carry these names.',
    -0.6, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:sklearn-estimator-api-10')::uuid, 'sklearn-estimator-api');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:sklearn-estimator-api-11')::uuid,
    'Which of these scikit-learn estimators provide a transform method? Select all that apply.',
    'MULTIPLE_CHOICE',
    '[{"key": "a", "text": "PCA"}, {"key": "b", "text": "LogisticRegression"}, {"key": "c", "text": "OneHotEncoder"}, {"key": "d", "text": "RandomForestClassifier"}, {"key": "e", "text": "KNeighborsClassifier"}]'::jsonb,
    '{"choices": ["a", "c"]}'::jsonb,
    'Transformers map X to a new representation: PCA projects onto principal components and OneHotEncoder produces indicator columns, so both have fit/transform (and fit_transform). LogisticRegression, RandomForestClassifier and KNeighborsClassifier are predictors: they provide predict (and predict_proba) but no transform, which is why they can only be the last step of a Pipeline. Some estimators are both; KMeans, for example, has predict and also transform (distances to the cluster centres).',
    0.5, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:sklearn-estimator-api-11')::uuid, 'sklearn-estimator-api');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:sklearn-estimator-api-12')::uuid,
    'model = LogisticRegression(); search = GridSearchCV(model, {''C'': [0.1, 1, 10]}, cv=5); search.fit(X, y). Then a colleague calls model.predict(X_new). What happens?',
    'SINGLE_CHOICE',
    '[{"key": "a", "text": "It predicts with the best C, because the search updated model in place"}, {"key": "b", "text": "It predicts with C=10, the last candidate the search fitted on model"}, {"key": "c", "text": "It raises NotFittedError, because the search fitted clones and not model itself"}, {"key": "d", "text": "It predicts with C=1, the default value, refitted on all of X during the search"}]'::jsonb,
    '{"choice": "c"}'::jsonb,
    'GridSearchCV clones the estimator for every candidate and fold and for the final refit, so the object you passed in is never fitted: model.predict raises NotFittedError. The tuned model is search.best_estimator_ (and search.predict delegates to it). No candidate is fitted on model in place, neither the last one nor the default C, which is what makes searches safe to run in parallel and repeat.',
    1.2, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:sklearn-estimator-api-12')::uuid, 'sklearn-estimator-api');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:sklearn-estimator-api-13')::uuid,
    'A churn classifier was fitted on y with the string labels ''stay'' and ''churn''. A colleague sends clf.predict_proba(X)[:, 1] to the retention team as the churn risk. What is wrong?',
    'SINGLE_CHOICE',
    '[{"key": "a", "text": "Nothing: column 1 of predict_proba holds the probability of the positive (minority) class"}, {"key": "b", "text": "Column 1 is the probability of ''stay'', because classes_ is sorted and ''churn'' comes first"}, {"key": "c", "text": "Column 1 holds the log-odds of churn, which need a sigmoid before they are used"}, {"key": "d", "text": "predict_proba refuses string labels, so the call fails unless y is encoded as 0/1"}]'::jsonb,
    '{"choice": "b"}'::jsonb,
    'The columns of predict_proba follow clf.classes_, which is sorted: here [''churn'', ''stay''], so column 1 is P(stay) and the list would rank the most loyal customers first. Use the index of ''churn'' in classes_ (or encode churn as 1). scikit-learn has no notion of a positive or minority class for predict_proba; with 0/1 labels column 1 is class 1 only because 1 sorts after 0. predict_proba returns probabilities (decision_function returns scores), and string labels are accepted by all classifiers.',
    1.1, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:sklearn-estimator-api-13')::uuid, 'sklearn-estimator-api');
update item set
    choices = '[{"key": "a", "text": "Attributes learned during fit end with a trailing underscore, e.g. coef_ or classes_"}, {"key": "b", "text": "get_params() and set_params() read and change an estimator''s hyperparameters"}, {"key": "c", "text": "Calling fit a second time continues training from the previous fit for every estimator"}, {"key": "d", "text": "Passing an integer random_state makes a randomized estimator give the same result on every run with the same data"}, {"key": "e", "text": "Every classifier provides a predict_proba method"}, {"key": "f", "text": "When fitted on a pandas DataFrame, an estimator records the column names in feature_names_in_"}]'::jsonb,
    answer = '{"choices": ["a", "b", "d", "f"]}'::jsonb,
    explanation = 'Fitted attributes carry a trailing underscore, hyperparameters are exposed through get_params/set_params (which is what GridSearchCV and clone rely on), fixing random_state makes randomized algorithms reproducible, and since scikit-learn 1.0 an estimator fitted on a DataFrame stores its column names in feature_names_in_ (and warns if later called with different names). Calling fit again normally refits from scratch; only estimators with warm_start=True or partial_fit continue from a previous state. predict_proba is not universal: LinearSVC, Perceptron and RidgeClassifier lack it, and SVC provides it only with probability=True.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:sklearn-estimator-api-4')::uuid;

-- ====================================================================================================
-- train-validation-test-split
-- ====================================================================================================
update item set
    choices = '[{"key": "a", "text": "A final, unbiased estimate of performance once all modelling decisions are made"}, {"key": "b", "text": "Choosing hyperparameters such as the regularization strength after the model is trained"}, {"key": "c", "text": "Fitting the scaler and encoder on held-out rows so that the training data stays untouched"}, {"key": "d", "text": "Providing extra training examples for a last refit when the training set is small"}]'::jsonb,
    answer = '{"choice": "a"}'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:train-validation-test-split-1')::uuid;
update item set
    choices = '[{"key": "a", "text": "The model trains on days after those it is validated on, using future information; validate on the latest period"}, {"key": "b", "text": "A random split is fine for daily data, but it should be stratified by day of week so every weekday is represented"}, {"key": "c", "text": "The validation share is too large: with three years of history 5% is enough, and the rest should go to training"}, {"key": "d", "text": "There is no problem as long as random_state is fixed, because the same split can then be reproduced exactly"}]'::jsonb,
    answer = '{"choice": "a"}'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:train-validation-test-split-4')::uuid;
update item set
    choices = '[{"key": "a", "text": "Nothing, as long as the test set is larger than the validation set, because a large test set resists overfitting"}, {"key": "b", "text": "It only matters if the 20 feature sets use different model types; comparing feature sets of one model is safe"}, {"key": "c", "text": "The test set should have been stratified; with stratification, choosing on it would give an unbiased score"}, {"key": "d", "text": "Picking the best of 20 by test score makes the test set part of model selection, so the reported maximum is biased upward"}]'::jsonb,
    answer = '{"choice": "d"}'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:train-validation-test-split-6')::uuid;
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:train-validation-test-split-7')::uuid,
    'A team compares a random forest with a gradient-boosted model and picks max_depth for each before one final evaluation. On which data should these comparisons be made?',
    'SINGLE_CHOICE',
    '[{"key": "a", "text": "On the test set, since it gives the least biased comparison of the two"}, {"key": "b", "text": "On the validation set, or by cross-validation on the training data"}, {"key": "c", "text": "On the training set, where both models were fitted"}, {"key": "d", "text": "On the full dataset, so that every row contributes"}]'::jsonb,
    '{"choice": "b"}'::jsonb,
    'Comparing models and tuning hyperparameters are decisions, and decisions belong on validation data (a fixed validation set, or cross-validation inside the training data). Because choices are tuned to it, the validation score ends up slightly optimistic, which is why the final figure comes from a test set used once, after the choices. Comparing on the test set turns it into validation data; comparing on the training set rewards the model that memorizes most (a deep tree wins); and the full dataset mixes both problems.',
    -1.5, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:train-validation-test-split-7')::uuid, 'train-validation-test-split');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:train-validation-test-split-8')::uuid,
    'In which order does train_test_split(X, y, test_size=0.25, random_state=0) return its results?',
    'SINGLE_CHOICE',
    '[{"key": "a", "text": "X_train, y_train, X_test, y_test"}, {"key": "b", "text": "X_train, X_test, y_train, y_test"}, {"key": "c", "text": "(X_train, y_train), (X_test, y_test)"}, {"key": "d", "text": "X_test, X_train, y_test, y_train"}]'::jsonb,
    '{"choice": "b"}'::jsonb,
    'train_test_split returns, for each array you pass, its train part then its test part: X_train, X_test, y_train, y_test. Unpacking in the order X_train, y_train, X_test, y_test does not raise an error when the shapes happen to fit the next calls; it silently trains on the wrong arrays, so the order is worth knowing by heart. It returns a flat list, not pairs of tuples, and the train part always comes before the test part.',
    -1.3, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:train-validation-test-split-8')::uuid, 'train-validation-test-split');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:train-validation-test-split-9')::uuid,
    'A dataset has 1,001 rows. How many rows end up in the test set after train_test_split(X, y, test_size=0.25)? Give a whole number.',
    'NUMERIC',
    null,
    '{"value": 251, "tolerance": 0}'::jsonb,
    'scikit-learn rounds the test size up: n_test = ceil(0.25 × 1001) = ceil(250.25) = 251, and the training set gets the remaining 750 rows (n_train = floor(0.75 × 1001)). Answering 250 assumes rounding down or to the nearest integer. The difference is small, but it explains off-by-one surprises when you check split sizes in tests.',
    -0.5, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:train-validation-test-split-9')::uuid, 'train-validation-test-split');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:train-validation-test-split-10')::uuid,
    'You split 5,000 labelled rows into training, validation and test parts. Which statements are true? Select all that apply.',
    'MULTIPLE_CHOICE',
    '[{"key": "a", "text": "A random test split shows whether production data will drift away from the training data"}, {"key": "b", "text": "With a small test set, re-splitting with another random_state can move the test score noticeably"}, {"key": "c", "text": "After choosing a model on the validation set, refitting it on training plus validation data before the final test is a common, valid practice"}, {"key": "d", "text": "The decision threshold should be chosen on the test set, because it is the least biased data you have"}, {"key": "e", "text": "A larger validation set makes the final model overfit more"}]'::jsonb,
    '{"choices": ["b", "c"]}'::jsonb,
    'A small test set gives a noisy estimate (a few hundred rows leave a standard error of a few accuracy points), so the score can move with the split. Once the choices are made, refitting the chosen configuration on training plus validation data uses more data and is standard; the test set still has not been used. A random split draws test rows from the same data as training, so it says nothing about future drift; only a time-based hold-out or monitoring does. Any choice made on the test set, a threshold included, turns it into validation data. The size of the validation set does not make the model overfit; choosing among many candidates on a small one does make its score optimistic.',
    0.5, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:train-validation-test-split-10')::uuid, 'train-validation-test-split');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:train-validation-test-split-11')::uuid,
    'A neural network is trained with early stopping: after each epoch the validation loss is checked and training stops when it has not improved for 5 epochs. The team reports the best validation accuracy as the model''s expected accuracy. What is the problem?',
    'SINGLE_CHOICE',
    '[{"key": "a", "text": "Stopping at the best validation epoch is a choice made on that set, so its score is optimistic; report a test score"}, {"key": "b", "text": "None: early stopping prevents overfitting, so the best validation accuracy is an unbiased estimate of future accuracy"}, {"key": "c", "text": "Early stopping should have monitored the training loss instead, since the validation loss is too noisy to use"}, {"key": "d", "text": "The patience of 5 epochs is too short, and with a longer patience the validation score would become unbiased"}]'::jsonb,
    '{"choice": "a"}'::jsonb,
    'Choosing the stopping epoch as the one with the best validation score is model selection on the validation set, so the reported maximum is biased upward (the validation set is now part of training decisions). Early stopping limits overfitting of the training set, but it does not make the validation score unbiased; a test set kept out of every decision does that. Monitoring the training loss would never stop (it keeps falling), and the patience only changes which epoch is selected, not the bias of selecting one.',
    1.1, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:train-validation-test-split-11')::uuid, 'train-validation-test-split');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:train-validation-test-split-12')::uuid,
    'A demand model scores R² = 0.82 on a random validation split of two years of data, but only 0.64 on a test set made of the most recent three months. What is the most reasonable conclusion?',
    'SINGLE_CHOICE',
    '[{"key": "a", "text": "The test set is too small; a random sample of the same size would also give about 0.82, which is the true figure"}, {"key": "b", "text": "The model overfits the test set, so it should be retrained with the last three months included in training"}, {"key": "c", "text": "The data changed over time, so the recent-period score better estimates performance after deployment"}, {"key": "d", "text": "R² is not comparable across periods, so both scores say nothing and MAE should have been used instead"}]'::jsonb,
    '{"choice": "c"}'::jsonb,
    'A random split mixes every period into training, so validation rows look like the training data; a hold-out of the latest months mimics deployment, where the model predicts a future that may have shifted (new products, prices, customer mix). The gap points to drift or to features whose relationship with demand changed, so trust the recent-period estimate and investigate. A model cannot overfit a test set it never trained on, and retraining on recent data is a sensible next step but not an explanation of the gap. R² can be compared, though it depends on the variance of each period, which is worth checking alongside MAE.',
    1.4, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:train-validation-test-split-12')::uuid, 'train-validation-test-split');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:train-validation-test-split-13')::uuid,
    'A classifier gets 90% accuracy on a test set of 400 independent samples. Treating each test prediction as a Bernoulli trial, what is the standard error of this accuracy estimate, sqrt(p(1 - p)/n)? Give it as a proportion, rounded to three decimals.',
    'NUMERIC',
    null,
    '{"value": 0.015, "tolerance": 0.0005}'::jsonb,
    'SE = sqrt(0.9 × 0.1 / 400) = sqrt(0.000225) = 0.015, i.e. 1.5 percentage points, so a 95% interval is roughly 0.90 ± 0.03. A difference of one or two points between two models evaluated on 400 test rows is therefore within noise. Forgetting the square root gives 0.000225, and dividing by 400 without the p(1 - p) term gives 0.05.',
    0.8, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:train-validation-test-split-13')::uuid, 'train-validation-test-split');

-- ====================================================================================================
-- pipelines-data-leakage
-- ====================================================================================================
update item set
    stem = 'Pipeline([(''impute'', SimpleImputer()), (''scale'', StandardScaler()), (''model'', LogisticRegression())]): every step before the final estimator has to be the same kind of scikit-learn object as SimpleImputer and StandardScaler. What is that kind of object called? Give the one-word scikit-learn term.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:pipelines-data-leakage-2')::uuid;
update item set
    choices = '[{"key": "a", "text": "Send each column group to its own preprocessing, e.g. scale the numbers and one-hot encode the categories"}, {"key": "b", "text": "Automatically detect and drop columns that leak the target, before any preprocessing is fitted"}, {"key": "c", "text": "Convert a DataFrame into a NumPy array column by column, without fitting any preprocessing"}, {"key": "d", "text": "Train a separate model on each column, then average all of their predictions into one combined final output"}]'::jsonb,
    answer = '{"choice": "a"}'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:pipelines-data-leakage-3')::uuid;
update item set
    choices = '[{"key": "a", "text": "Because the Pipeline only calls transform, not fit, on the preprocessing steps, so their statistics stay fixed"}, {"key": "b", "text": "Because cross_val_score shuffles the rows before splitting them into folds, so no fold depends on file order"}, {"key": "c", "text": "Because the pipeline is refitted on each fold''s training part, so imputer and scaler do not see the rows they are scored on"}, {"key": "d", "text": "Because imputation and scaling ignore y, so fitting them once on all of X before cross-validation would be harmless in any case"}]'::jsonb,
    answer = '{"choice": "c"}'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:pipelines-data-leakage-4')::uuid;
update item set
    choices = '[{"key": "a", "text": "The model underfits; a more flexible model such as gradient boosting would close the gap between the two scores"}, {"key": "b", "text": "Target leakage: bookings made after discharge, often because of the readmission, are in the feature"}, {"key": "c", "text": "ROC-AUC is inflated by class imbalance, so the 0.99 meant little and precision should have been used"}, {"key": "d", "text": "Production has many more patients than the validation set, and AUC tends to drop as the sample size grows"}]'::jsonb,
    answer = '{"choice": "b"}'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:pipelines-data-leakage-6')::uuid;
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:pipelines-data-leakage-7')::uuid,
    'What is target leakage?',
    'SINGLE_CHOICE',
    '[{"key": "a", "text": "Losing some rows of the label column when tables are merged"}, {"key": "b", "text": "A label column with missing values that has to be imputed first"}, {"key": "c", "text": "Using a feature that reveals the label but cannot be known at prediction time"}, {"key": "d", "text": "A skewed label distribution that makes the accuracy look better than it really is"}]'::jsonb,
    '{"choice": "c"}'::jsonb,
    'Target leakage means training on information that would not exist when the prediction is made, typically data recorded after or because of the outcome (a ''refund_issued'' flag in a fraud model). Validation scores look excellent and collapse in production. Rows lost in a merge, missing labels and class imbalance are real data problems, but they do not hand the model the answer; imbalance distorts accuracy, it does not leak the label.',
    -1.4, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:pipelines-data-leakage-7')::uuid, 'pipelines-data-leakage');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:pipelines-data-leakage-8')::uuid,
    'pipe = make_pipeline(StandardScaler(), LogisticRegression()). Which names does make_pipeline give the two steps?',
    'SINGLE_CHOICE',
    '[{"key": "a", "text": "''step_0'' and ''step_1''"}, {"key": "b", "text": "''standard_scaler'' and ''logistic_regression''"}, {"key": "c", "text": "''standardscaler'' and ''logisticregression''"}, {"key": "d", "text": "''scaler'' and ''model''"}]'::jsonb,
    '{"choice": "c"}'::jsonb,
    'make_pipeline names each step after its class in lower case, so the regularization strength is set with pipe.set_params(logisticregression__C=0.1) or a grid key ''logisticregression__C''. Names are not numbered, get no underscores between words, and are not shortened; if you want short names such as ''scaler'' and ''model'', build the Pipeline yourself with (name, estimator) pairs.',
    -1.2, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:pipelines-data-leakage-8')::uuid, 'pipelines-data-leakage');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:pipelines-data-leakage-9')::uuid,
    'A Pipeline of SimpleImputer, StandardScaler and LogisticRegression has been fitted on the training data. What happens when you call pipe.predict(X_test)?',
    'SINGLE_CHOICE',
    '[{"key": "a", "text": "The imputer and scaler are refitted on X_test so that its statistics are current, then the model predicts"}, {"key": "b", "text": "X_test goes through the already-fitted imputer and scaler, which are never refitted, then into predict"}, {"key": "c", "text": "Every step calls fit_transform on X_test, and the model''s predictions are averaged over the steps"}, {"key": "d", "text": "The preprocessing steps are skipped, because a Pipeline only uses them while it is being fitted"}]'::jsonb,
    '{"choice": "b"}'::jsonb,
    'At prediction time a fitted Pipeline calls transform on each preprocessing step with the statistics learned during fit (training medians, means and standard deviations), then the final estimator''s predict. Nothing is refitted on X_test: that would scale test data differently from training data and use test information. The preprocessing is not skipped either; applying exactly the same transformations at fit and predict time is the point of a Pipeline.',
    -1.1, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:pipelines-data-leakage-9')::uuid, 'pipelines-data-leakage');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:pipelines-data-leakage-10')::uuid,
    'You evaluate a model with 5-fold cross-validation. Which of these steps belong inside the Pipeline that is refitted in every fold, rather than being applied once to the full dataset beforehand? Select all that apply.',
    'MULTIPLE_CHOICE',
    '[{"key": "a", "text": "Mean target encoding of the ''city'' column"}, {"key": "b", "text": "PCA down to 20 components"}, {"key": "c", "text": "KNNImputer for missing sensor readings"}, {"key": "d", "text": "StandardScaler on the numeric columns"}, {"key": "e", "text": "np.log1p applied to the income column"}, {"key": "f", "text": "Extracting the day of week from the order date"}]'::jsonb,
    '{"choices": ["a", "b", "c", "d"]}'::jsonb,
    'Any step that learns something from the data must be fitted on the training part of each fold: the category means of target encoding (which even use y), the principal axes of PCA, the neighbours KNNImputer borrows values from, and the means and standard deviations of StandardScaler. A row-wise, stateless transformation such as log1p or taking the weekday of a date learns nothing, so it gives the same result inside or outside cross-validation (it may still go into the Pipeline for convenience).',
    0.4, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:pipelines-data-leakage-10')::uuid, 'pipelines-data-leakage');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:pipelines-data-leakage-11')::uuid,
    'A default-risk model''s most important feature is ''record_id'', and its validation AUC is 0.97. The export was produced by a query that sorted loans by status (all defaulted loans first) before assigning consecutive IDs. What is going on?',
    'SINGLE_CHOICE',
    '[{"key": "a", "text": "The IDs encode the label through the export order; the column must go, and any field built after the sort be audited"}, {"key": "b", "text": "Tree models rank high-cardinality columns first whatever they contain, so the importance is harmless and the 0.97 stands"}, {"key": "c", "text": "The ID is a legitimate proxy for how long a customer has been with the bank, so it should be kept as a feature"}, {"key": "d", "text": "The split was not stratified, so defaulted loans are over-represented in validation; stratify and the AUC will hold"}]'::jsonb,
    '{"choice": "a"}'::jsonb,
    'Because IDs were assigned after sorting by outcome, low IDs mean default: the feature leaks the label through the data''s construction, and new loans will have IDs unrelated to risk. Impurity importances can favour high-cardinality columns, but that does not explain an AUC of 0.97, which this leak does. An ID only proxies tenure if it was assigned over time, which is not the case here, and stratification changes class proportions, not what a feature encodes.',
    1.0, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:pipelines-data-leakage-11')::uuid, 'pipelines-data-leakage');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:pipelines-data-leakage-12')::uuid,
    'Before modelling, an analyst studies the correlations of 200 candidate features with the label on the full dataset, test rows included, keeps the 15 strongest and then builds a leakage-free Pipeline evaluated on the untouched test split. Is the test score trustworthy?',
    'SINGLE_CHOICE',
    '[{"key": "a", "text": "Yes: the Pipeline is refitted on training data only, so the test rows do not influence the model"}, {"key": "b", "text": "Yes, because correlation is a simple statistic that does not fit any model parameters"}, {"key": "c", "text": "No: the features were chosen by looking at test labels, so the test score is optimistically biased"}, {"key": "d", "text": "No, but only because 15 features are too many for the number of rows, which is an overfitting issue"}]'::jsonb,
    '{"choice": "c"}'::jsonb,
    'Leakage is not only a code problem: any decision informed by the test labels, here which 15 of 200 features to keep, makes the test set part of model selection, and with many candidates some features will correlate with the test labels by chance. Exploration and selection must happen on the training data only (the test split is set aside before EDA). A Pipeline protects the fitted steps, not the analyst''s choices, and a correlation filter is a fitted selection step even though it has no learned coefficients. The number of features is a separate question.',
    1.3, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:pipelines-data-leakage-12')::uuid, 'pipelines-data-leakage');

-- ====================================================================================================
-- linear-regression
-- ====================================================================================================
update item set
    choices = '[{"key": "a", "text": "Every apartment is worth at least 1,800 euros per square metre, whatever its number of rooms"}, {"key": "b", "text": "1,800 euros is the predicted price of an apartment of average size and average room count"}, {"key": "c", "text": "With rooms held fixed, each extra square metre adds 1,800 euros to the predicted price"}, {"key": "d", "text": "Area explains 1,800 times more of the price variance than the number of rooms does"}]'::jsonb,
    answer = '{"choice": "c"}'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:linear-regression-1')::uuid;
update item set
    choices = '[{"key": "a", "text": "Multicollinearity between features; drop one of the correlated features and refit the model"}, {"key": "b", "text": "Non-constant error variance (heteroscedasticity); consider a log target or weighted least squares"}, {"key": "c", "text": "The model is correctly specified; a funnel is expected whenever the target takes large values"}, {"key": "d", "text": "Too few training rows; collecting more data from the same process will make the funnel pattern disappear"}]'::jsonb,
    answer = '{"choice": "b"}'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:linear-regression-3')::uuid;
update item set
    choices = '[{"key": "a", "text": "Because PolynomialFeatures drops the x² term automatically whenever it is not statistically significant"}, {"key": "b", "text": "Because the fitted curve becomes a straight line once the data has been standardized before fitting"}, {"key": "c", "text": "Because the relationship between x and y itself is still assumed to be a straight line"}, {"key": "d", "text": "Because it is linear in b0, b1 and b2, so least squares on the expanded features still solves it"}]'::jsonb,
    answer = '{"choice": "d"}'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:linear-regression-5')::uuid;
update item set
    choices = '[{"key": "a", "text": "The individual coefficients become unstable (large standard errors, maybe odd signs), while predictions can stay accurate"}, {"key": "b", "text": "OLS fails to fit, because a correlation that high makes the design matrix exactly singular"}, {"key": "c", "text": "Predictions become biased on new data, even when the new data follows the same feature relationships"}, {"key": "d", "text": "R² on the training data drops sharply compared with a model that uses only one of the two features"}]'::jsonb,
    answer = '{"choice": "a"}'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:linear-regression-6')::uuid;
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:linear-regression-7')::uuid,
    'What does ordinary least squares minimize when it fits a linear regression?',
    'SINGLE_CHOICE',
    '[{"key": "a", "text": "The sum of squared vertical residuals, observed minus predicted y"}, {"key": "b", "text": "The sum of absolute residuals between observed and predicted y"}, {"key": "c", "text": "The sum of squared perpendicular distances from the points to the line"}, {"key": "d", "text": "The number of points that lie off the fitted line"}]'::jsonb,
    '{"choice": "a"}'::jsonb,
    'OLS chooses the coefficients that minimize Σ(y_i - ŷ_i)², the squared vertical distances, because the model predicts y from x and errors are measured in y. Minimizing absolute residuals is least absolute deviations (median regression), which is more robust to outliers; perpendicular distances define total least squares (orthogonal regression), used when x is noisy too. Counting points off the line is not a smooth criterion, and with noisy data almost every point lies off any line.',
    -1.5, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:linear-regression-7')::uuid, 'linear-regression');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:linear-regression-8')::uuid,
    'A house sold for 310,000 and your regression predicted 290,000 for it. What is the residual for this house, with its sign? Give a number.',
    'NUMERIC',
    null,
    '{"value": 20000, "tolerance": 0}'::jsonb,
    'A residual is observed minus predicted: e = y - ŷ = 310,000 - 290,000 = +20,000, meaning the model under-predicted this house. Writing -20,000 flips the convention (predicted minus observed), which matters when you read residual plots: points above zero are under-predictions. OLS residuals on the training data sum to zero when the model has an intercept.',
    -1.3, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:linear-regression-8')::uuid, 'linear-regression');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:linear-regression-9')::uuid,
    'A colleague fits statsmodels'' sm.OLS(y, X).fit(), where X holds one feature column, and reports R² = 0.81 and a slope of 9.7. A scatter plot suggests y ≈ 50 + 2x. What went wrong?',
    'SINGLE_CHOICE',
    '[{"key": "a", "text": "Nothing: statsmodels reports standardized slopes by default, which differ from the raw slopes of scikit-learn"}, {"key": "b", "text": "sm.OLS adds no intercept unless X is wrapped in sm.add_constant, so the line goes through the origin"}, {"key": "c", "text": "statsmodels needs y as a DataFrame column, otherwise it fits y on X instead of X on y"}, {"key": "d", "text": "The slope is right, but R² should be read as adjusted R², which corrects the difference"}]'::jsonb,
    '{"choice": "b"}'::jsonb,
    'The array interface sm.OLS(y, X) fits exactly the columns it is given, so without sm.add_constant(X) (or the formula API, smf.ols(''y ~ x'', data), which adds the intercept) the line must pass through (0, 0). To reach y values around 50 the slope is inflated (9.7 instead of about 2), and the R² reported for a model without a constant is the uncentered R², which can look high for a bad fit. statsmodels reports raw coefficients, takes the response first as in OLS(y, X), and adjusted R² only corrects for the number of predictors.',
    -0.3, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:linear-regression-9')::uuid, 'linear-regression');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:linear-regression-10')::uuid,
    'X is the n × p design matrix (with a column of ones for the intercept) and y the target vector. Which expression gives the OLS coefficients when XᵀX is invertible?',
    'SINGLE_CHOICE',
    '[{"key": "a", "text": "X⁻¹y"}, {"key": "b", "text": "(XᵀX)⁻¹Xᵀy"}, {"key": "c", "text": "(XᵀX + I)⁻¹Xᵀy"}, {"key": "d", "text": "Xᵀy / n"}]'::jsonb,
    '{"choice": "b"}'::jsonb,
    'Setting the gradient of ||y - Xβ||² to zero gives the normal equations XᵀXβ = Xᵀy, so β = (XᵀX)⁻¹Xᵀy; in practice solvers use a QR or SVD decomposition (np.linalg.lstsq) rather than an explicit inverse. X⁻¹ does not exist for a non-square n × p matrix. Adding the identity gives ridge regression with α = 1, which shrinks the coefficients. Xᵀy / n is only proportional to the covariances of each feature with y, which equal the OLS coefficients only when the features are uncorrelated and standardized.',
    -0.6, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:linear-regression-10')::uuid, 'linear-regression');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:linear-regression-11')::uuid,
    'You regress y on a single feature x and get R² = 0.02, with a slope not significantly different from zero. Which conclusions are justified? Select all that apply.',
    'MULTIPLE_CHOICE',
    '[{"key": "a", "text": "There is little linear association between x and y in this data"}, {"key": "b", "text": "x and y are statistically independent"}, {"key": "c", "text": "x is useless as a feature for any model, linear or not"}, {"key": "d", "text": "A scatter plot could still show a strong non-linear pattern, such as a U shape"}]'::jsonb,
    '{"choices": ["a", "d"]}'::jsonb,
    'R² and the slope only measure linear association, so the result says that a straight line explains almost nothing. It does not establish independence: y = x² on x symmetric around zero has a correlation of exactly zero yet is fully determined by x, so a tree, a spline or an x² feature could use x very well, and x may also matter through interactions with other features. Plot the data before discarding a feature.',
    -0.3, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:linear-regression-11')::uuid, 'linear-regression');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:linear-regression-12')::uuid,
    'You regress salary on years of education only. Unmeasured ability raises both education and salary. What happens to the education coefficient as an estimate of the causal effect of education?',
    'SINGLE_CHOICE',
    '[{"key": "a", "text": "It is biased upward, because it also picks up the part of ability''s effect that moves with education"}, {"key": "b", "text": "It stays unbiased, but its standard error is inflated because a relevant variable is missing from the model"}, {"key": "c", "text": "It is biased toward zero, in the same way that measurement error in education attenuates a slope"}, {"key": "d", "text": "It stays unbiased as long as the residuals look normally distributed and have constant variance"}]'::jsonb,
    '{"choice": "a"}'::jsonb,
    'This is omitted-variable bias: the omitted variable (ability) affects salary and is positively correlated with education, so the education coefficient absorbs part of ability''s effect and overstates the causal return; the bias is β_ability × the slope of ability on education. Inflated standard errors come from collinearity among included features, not from omission. Attenuation toward zero is what classical measurement error in x causes, a different mechanism. Well-behaved residuals do not reveal the problem, because the missing variable hides inside the error term.',
    1.3, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:linear-regression-12')::uuid, 'linear-regression');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:linear-regression-13')::uuid,
    'A model for apartment prices is fitted on the log of the price: log(price) = 11.2 + 0.05 × rooms + ... (natural log). Holding the other features fixed, by what percentage does one extra room change the predicted price? Round to two decimals (in percent).',
    'NUMERIC',
    null,
    '{"value": 5.13, "tolerance": 0.005}'::jsonb,
    'On a log scale a coefficient b multiplies the prediction by e^b per unit: e^0.05 ≈ 1.0513, i.e. +5.13%. Reading the coefficient directly as +5% is the common approximation, close only for small coefficients (e^0.5 is +64.9%, not +50%). Reading it as +0.05 euros ignores the log altogether. Note that exponentiating a prediction of the mean log price gives roughly the median price, not the mean, unless a retransformation correction is applied.',
    1.0, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:linear-regression-13')::uuid, 'linear-regression');
update item set
    choices = '[{"key": "a", "text": "The target is linearly related to the features (linear in the parameters)"}, {"key": "b", "text": "The errors are independent of each other"}, {"key": "c", "text": "Each input feature follows a normal distribution"}, {"key": "d", "text": "The errors have constant variance (homoscedasticity)"}, {"key": "e", "text": "The regression target lies between 0 and 1"}]'::jsonb,
    answer = '{"choices": ["a", "b", "d"]}'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:linear-regression-4')::uuid;

-- ====================================================================================================
-- regression-metrics
-- ====================================================================================================
update item set
    choices = '[{"key": "a", "text": "MAE"}, {"key": "b", "text": "MSE"}, {"key": "c", "text": "RMSE"}, {"key": "d", "text": "MAPE"}]'::jsonb,
    answer = '{"choice": "c"}'::jsonb,
    explanation = 'RMSE squares the errors before averaging (so large errors weigh more) and then takes the square root, which brings it back to the target''s units. MAE is in target units but weights all errors linearly, MSE penalizes large errors but is in squared units, and MAPE is a percentage of the actual value that weights errors linearly, so it neither keeps the units nor emphasizes large misses.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:regression-metrics-1')::uuid;
update item set
    choices = '[{"key": "a", "text": "A calculation error, since R² is a squared quantity and has to be between 0 and 1"}, {"key": "b", "text": "The predictions are negatively correlated with the target, so multiplying them by -1 would turn the model into a good one"}, {"key": "c", "text": "30% of the variance in the test targets is left unexplained by the model"}, {"key": "d", "text": "On the test set the model''s squared errors are larger than those of simply predicting the mean of the test targets"}]'::jsonb,
    answer = '{"choice": "d"}'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:regression-metrics-3')::uuid;
update item set
    choices = '[{"key": "a", "text": "Both decrease, because the noise features add variance that hurts the fit on the training rows"}, {"key": "b", "text": "R² rises slightly (it cannot fall), while adjusted R² penalizes the 30 extra parameters and usually falls"}, {"key": "c", "text": "Both stay exactly the same, because OLS gives the noise features coefficients of exactly zero"}, {"key": "d", "text": "Adjusted R² increases because more features are used, while plain R² decreases because of the added noise"}]'::jsonb,
    answer = '{"choice": "b"}'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:regression-metrics-5')::uuid;
update item set
    choices = '[{"key": "a", "text": "MAE, because the cost grows linearly with the size of the error and is symmetric"}, {"key": "b", "text": "RMSE, because it is in the same units as demand and is the standard regression metric"}, {"key": "c", "text": "R², because it compares the model with a mean baseline and does not depend on units"}, {"key": "d", "text": "MAPE, because percentage errors are easier to explain to the purchasing team"}]'::jsonb,
    answer = '{"choice": "a"}'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:regression-metrics-6')::uuid;
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:regression-metrics-7')::uuid,
    'True values are y = [3, 5, 2, 7] and a model predicts [2, 5, 4, 6]. What is the RMSE? Round to two decimals.',
    'NUMERIC',
    null,
    '{"value": 1.22, "tolerance": 0.005}'::jsonb,
    'The errors are 1, 0, -2 and 1; their squares are 1, 0, 4 and 1, so MSE = 6/4 = 1.5 and RMSE = sqrt(1.5) ≈ 1.22. The MAE of the same predictions is 4/4 = 1.0: RMSE is larger because the single error of 2 is squared. Stopping at 1.5 reports the MSE (in squared units), and averaging the signed errors gives 0, because positive and negative errors cancel.',
    -0.6, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:regression-metrics-7')::uuid, 'regression-metrics');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:regression-metrics-8')::uuid,
    'Some days in a sales dataset have zero actual sales. Which metric becomes unusable (infinite or huge) on those days?',
    'SINGLE_CHOICE',
    '[{"key": "a", "text": "RMSE"}, {"key": "b", "text": "MAPE"}, {"key": "c", "text": "MAE"}, {"key": "d", "text": "R²"}]'::jsonb,
    '{"choice": "b"}'::jsonb,
    'MAPE divides each absolute error by the actual value, |y - ŷ| / |y|, so a day with y = 0 gives a division by zero (scikit-learn''s mean_absolute_percentage_error replaces the zero by a tiny epsilon and returns an enormous number). RMSE and MAE only use the differences y - ŷ, and R² compares squared differences with the spread of y, so zero actuals are no problem for them. For intermittent demand, MAE, a scaled error such as MASE, or a weighted percentage error (sum of absolute errors divided by the sum of actuals) is used instead.',
    -1.2, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:regression-metrics-8')::uuid, 'regression-metrics');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:regression-metrics-9')::uuid,
    'cross_val_score(model, X, y, cv=3, scoring=''neg_mean_squared_error'') returns [-12.3, -10.8, -11.4]. What do these numbers mean?',
    'SINGLE_CHOICE',
    '[{"key": "a", "text": "The model is worse than predicting the mean, since the scores are below zero"}, {"key": "b", "text": "They are mean signed residuals per fold: predictions exceed the targets on average"}, {"key": "c", "text": "They are the fold MSEs with the sign flipped, so higher is better; the mean MSE is about 11.5"}, {"key": "d", "text": "They are R² values, and scoring only changes how the folds are weighted"}]'::jsonb,
    '{"choice": "c"}'::jsonb,
    'scikit-learn scorers follow ''greater is better'', so error metrics are negated: neg_mean_squared_error returns -MSE, and the mean MSE over the folds is (12.3 + 10.8 + 11.4)/3 = 11.5 (RMSE about 3.4; scoring=''neg_root_mean_squared_error'' gives it directly). A negative score here says nothing about the mean baseline; that reading belongs to R², which is not what this scorer returns. Squared errors cannot be negative, so these are not signed residuals.',
    -0.7, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:regression-metrics-9')::uuid, 'regression-metrics');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:regression-metrics-10')::uuid,
    'A baseline model predicts the mean of the training targets for every row. What is its R² on the training data?',
    'SINGLE_CHOICE',
    '[{"key": "a", "text": "0"}, {"key": "b", "text": "1"}, {"key": "c", "text": "-1"}, {"key": "d", "text": "0.5"}]'::jsonb,
    '{"choice": "a"}'::jsonb,
    'R² = 1 - SS_res / SS_tot, and when every prediction is the mean of y, SS_res equals SS_tot, so R² = 1 - 1 = 0. That is the reference point of R²: positive values beat the mean baseline, negative ones do worse. On a test set the same baseline usually scores slightly below 0, since the training mean is not exactly the test mean. 1 would mean perfect predictions, and -1 or 0.5 have no special meaning for a constant predictor.',
    -1.1, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:regression-metrics-10')::uuid, 'regression-metrics');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:regression-metrics-11')::uuid,
    'House prices range from 80,000 to 3,000,000, and stakeholders care about errors relative to the price of each house. Which metrics measure errors in relative terms? Select all that apply.',
    'MULTIPLE_CHOICE',
    '[{"key": "a", "text": "MAPE, the average of |y - ŷ| / y"}, {"key": "b", "text": "RMSE computed on log(price)"}, {"key": "c", "text": "MAE in currency units"}, {"key": "d", "text": "R² on the raw prices"}, {"key": "e", "text": "Median absolute error in currency units"}]'::jsonb,
    '{"choices": ["a", "b"]}'::jsonb,
    'MAPE divides each error by the actual price, and an error on the log scale, log(ŷ) - log(y) = log(ŷ/y), depends only on the ratio of prediction to truth, so RMSE on log(price) (close to RMSLE) treats a 10% miss the same for cheap and expensive houses. MAE and the median absolute error are in currency units, so a 50,000 miss counts the same on an 80,000 house as on a 3,000,000 one, and R² on raw prices is dominated by the expensive houses that drive the variance.',
    -0.2, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:regression-metrics-11')::uuid, 'regression-metrics');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:regression-metrics-12')::uuid,
    'For a staffing forecast, each unit of under-forecast costs 9 times as much as each unit of over-forecast (costs grow linearly in both directions). Which training loss produces the cost-minimizing forecast?',
    'SINGLE_CHOICE',
    '[{"key": "a", "text": "Pinball (quantile) loss at the 0.1 quantile"}, {"key": "b", "text": "Pinball (quantile) loss at the 0.9 quantile"}, {"key": "c", "text": "Absolute error, whose optimum is the median"}, {"key": "d", "text": "Squared error, whose optimum is the mean"}]'::jsonb,
    '{"choice": "b"}'::jsonb,
    'With linear costs c_u per unit short and c_o per unit over, the optimal forecast is the quantile c_u / (c_u + c_o) = 9 / (9 + 1) = 0.9 of the predictive distribution, and the pinball loss at q = 0.9 (loss=''quantile'', alpha=0.9 in scikit-learn''s gradient boosting) learns exactly that quantile. The 0.1 quantile gets the asymmetry backwards and forecasts low, where shortfalls are expensive. Absolute error is the symmetric case q = 0.5, and squared error targets the mean; both ignore the 9-to-1 cost ratio.',
    1.2, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:regression-metrics-12')::uuid, 'regression-metrics');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:regression-metrics-13')::uuid,
    'Model A predicts house prices in a country-wide dataset and gets R² = 0.90. Model B predicts prices within one neighbourhood and gets R² = 0.60. What can you conclude about their typical errors in euros?',
    'SINGLE_CHOICE',
    '[{"key": "a", "text": "Model A has smaller errors in euros, because a higher R² means more accurate predictions"}, {"key": "b", "text": "Model B has smaller errors in euros, because a lower R² goes together with a narrower price range"}, {"key": "c", "text": "Nothing from R² alone: it is relative to each dataset''s price variance, so compare RMSE or MAE in euros"}, {"key": "d", "text": "The two have equal errors in euros, since R² already normalizes the errors by the price scale"}]'::jsonb,
    '{"choice": "c"}'::jsonb,
    'R² = 1 - SS_res/SS_tot measures error relative to the spread of the target in that dataset. Country-wide prices vary enormously, so even large errors in euros can leave R² at 0.90, while within one neighbourhood prices vary little and small errors can still give R² = 0.60. Neither model''s absolute accuracy follows from R²; compare RMSE or MAE in euros on comparable data. A narrow range tends to lower R², but it does not fix the size of the errors, and normalizing by variance is exactly what makes R² incomparable across datasets.',
    1.1, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:regression-metrics-13')::uuid, 'regression-metrics');
update item set
    choices = '[{"key": "a", "text": "MAE is less influenced by those few very large errors than RMSE"}, {"key": "b", "text": "For the same set of predictions, RMSE is always greater than or equal to MAE"}, {"key": "c", "text": "MSE is reported in minutes, like the target"}, {"key": "d", "text": "Minimizing absolute error leads towards predicting the conditional median, while minimizing squared error leads towards the conditional mean"}, {"key": "e", "text": "An R² of 0.9 means 90% of deliveries are predicted within an acceptable tolerance"}, {"key": "f", "text": "The median absolute error is barely moved by the few hours-late deliveries"}]'::jsonb,
    answer = '{"choices": ["a", "b", "d", "f"]}'::jsonb,
    explanation = 'Squaring makes RMSE sensitive to rare large errors while MAE weights them linearly, and RMSE ≥ MAE always holds (the quadratic mean is at least the arithmetic mean), with equality only when all absolute errors are equal. The median absolute error goes further: as long as fewer than half of the errors are extreme, it hardly changes (with 97 errors of 2 minutes and 3 errors of several hours it is still 2, while the MAE is over 8). The median minimizes absolute loss and the mean minimizes squared loss, so the choice of loss should match the cost of errors. MSE is in minutes squared, and R² is a share of variance explained, not a percentage of predictions within a tolerance.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:regression-metrics-4')::uuid;

-- ====================================================================================================
-- roc-pr-curves
-- ====================================================================================================
update item set
    choices = '[{"key": "a", "text": "It classifies 50% of the samples correctly at every threshold"}, {"key": "b", "text": "Its scores rank positives above negatives no better than random guessing"}, {"key": "c", "text": "It has a precision of 0.5 at every threshold, whatever the class balance"}, {"key": "d", "text": "It is perfect on one of the two classes and wrong on the other"}]'::jsonb,
    answer = '{"choice": "b"}'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:roc-pr-curves-1')::uuid;
update item set
    choices = '[{"key": "a", "text": "Precision (y) against recall (x), one point per threshold"}, {"key": "b", "text": "Accuracy (y) against the decision threshold (x)"}, {"key": "c", "text": "True positive rate / recall (y) against false positive rate (x)"}, {"key": "d", "text": "Recall (y) against specificity (x), going from (1, 0) to (0, 1)"}]'::jsonb,
    answer = '{"choice": "c"}'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:roc-pr-curves-2')::uuid;
update item set
    choices = '[{"key": "a", "text": "Because the ROC curve is computed on the positive class only, so false alarms on the negatives do not enter it"}, {"key": "b", "text": "Because ROC-AUC is inflated by a factor equal to the imbalance ratio, here about 1,000 to 1"}, {"key": "c", "text": "Because precision-recall curves do not depend on the decision threshold, unlike ROC curves"}, {"key": "d", "text": "FPR divides by the huge negative count, so many false positives barely move it; precision exposes them"}]'::jsonb,
    answer = '{"choice": "d"}'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:roc-pr-curves-4')::uuid;
update item set
    choices = '[{"key": "a", "text": "Applying any strictly increasing transformation to the scores (e.g. converting log-odds to probabilities) leaves ROC-AUC unchanged"}, {"key": "b", "text": "Moving the decision threshold from 0.5 to 0.3 changes the model''s ROC-AUC"}, {"key": "c", "text": "For a random classifier, the expected average precision (area under the PR curve) is roughly the positive-class prevalence"}, {"key": "d", "text": "A random classifier''s ROC curve is, in expectation, the diagonal from (0, 0) to (1, 1)"}, {"key": "e", "text": "Of two ROC curves, the one with the larger area lies above the other along its whole length"}]'::jsonb,
    answer = '{"choices": ["a", "c", "d"]}'::jsonb,
    explanation = 'ROC-AUC depends only on how the scores rank the samples, so monotonic transformations and the choice of any single threshold do not change it; the threshold picks one point on the curve. A random scorer''s ROC curve is the diagonal (AUC 0.5), and its precision is about the prevalence at every recall, so the PR baseline is the positive rate, not 0.5. Curves can cross: a larger area is an average over all thresholds, so the model with the smaller AUC can still be better in the region you will operate in.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:roc-pr-curves-5')::uuid;
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:roc-pr-curves-7')::uuid,
    'Your churn model separates the test customers perfectly: its ROC-AUC is 1.0. Which conclusion follows?',
    'SINGLE_CHOICE',
    '[{"key": "a", "text": "Every positive gets a higher score than every negative"}, {"key": "b", "text": "Its accuracy at the default 0.5 threshold is exactly 100%"}, {"key": "c", "text": "Its predicted probabilities are perfectly calibrated"}, {"key": "d", "text": "It has a recall of 1.0 at every possible threshold"}]'::jsonb,
    '{"choice": "a"}'::jsonb,
    'AUC is the fraction of positive-negative pairs ranked correctly, so 1.0 means perfect separation: some threshold classifies every test sample correctly. That threshold need not be 0.5, though: if all scores lie between 0.6 and 0.9, the default threshold labels everything positive. AUC ignores calibration entirely (any increasing transformation of the scores gives the same AUC), and a very high threshold still gives a recall of 0.',
    -1.5, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:roc-pr-curves-7')::uuid, 'roc-pr-curves');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:roc-pr-curves-8')::uuid,
    'Which scikit-learn function summarizes the whole precision-recall curve of a scored classifier in a single number?',
    'SINGLE_CHOICE',
    '[{"key": "a", "text": "precision_recall_curve"}, {"key": "b", "text": "roc_auc_score"}, {"key": "c", "text": "average_precision_score"}, {"key": "d", "text": "precision_recall_fscore_support"}]'::jsonb,
    '{"choice": "c"}'::jsonb,
    'average_precision_score computes AP = Σ (R_n - R_(n-1)) P_n, the precision at each threshold weighted by the increase in recall, which summarizes the PR curve from the scores. precision_recall_curve returns the whole curve as arrays (precision, recall, thresholds), not one number; precision_recall_fscore_support evaluates hard labels at one threshold, so it describes a single point; and roc_auc_score summarizes the ROC curve, not the PR curve. Like roc_auc_score, it needs scores or probabilities (y_score), not predicted labels.',
    -1.3, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:roc-pr-curves-8')::uuid, 'roc-pr-curves');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:roc-pr-curves-9')::uuid,
    'A colleague computes roc_auc_score(y_test, clf.predict(X_test)) and reports 0.78, while a teammate gets 0.86 for the same model. What is the most likely difference?',
    'SINGLE_CHOICE',
    '[{"key": "a", "text": "The teammate used a different random_state for the model, which changes AUC by about this much"}, {"key": "b", "text": "The colleague passed hard 0/1 labels, so the curve has one threshold point; pass predict_proba(X_test)[:, 1]"}, {"key": "c", "text": "The colleague passed probabilities, which are squeezed near 0 and 1; AUC should be computed on the log-odds instead"}, {"key": "d", "text": "roc_auc_score weights each class by its frequency, so it needs average=''macro'' to match the teammate"}]'::jsonb,
    '{"choice": "b"}'::jsonb,
    'roc_auc_score expects scores that rank the samples. Hard labels from predict collapse every sample to 0 or 1, so the curve is built from one operating point and the area (here 0.78) usually understates how well the scores rank; the AUC of the scores themselves was 0.86. Use predict_proba(X_test)[:, 1] or decision_function(X_test). Probabilities and log-odds give the same AUC, since AUC depends only on the ranking, and for a binary target the average argument plays no role.',
    -0.6, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:roc-pr-curves-9')::uuid, 'roc-pr-curves');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:roc-pr-curves-10')::uuid,
    'You lower a classifier''s decision threshold from 0.5 to 0.3. How do its true positive rate and false positive rate change?',
    'SINGLE_CHOICE',
    '[{"key": "a", "text": "TPR rises or stays the same, and FPR falls or stays the same"}, {"key": "b", "text": "TPR and FPR both rise or stay the same"}, {"key": "c", "text": "TPR falls or stays the same, and FPR rises or stays the same"}, {"key": "d", "text": "TPR and FPR both fall or stay the same"}]'::jsonb,
    '{"choice": "b"}'::jsonb,
    'A lower threshold labels more samples positive: positives that cross it become true positives (TPR up) and negatives that cross it become false positives (FPR up); nothing that was positive becomes negative. That is why moving along the ROC curve toward (1, 1) means lowering the threshold. Getting more true positives and fewer false positives at once would require better scores, not a different threshold.',
    -1.2, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:roc-pr-curves-10')::uuid, 'roc-pr-curves');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:roc-pr-curves-11')::uuid,
    'Which statements about precision-recall curves are true? Select all that apply.',
    'MULTIPLE_CHOICE',
    '[{"key": "a", "text": "As the threshold is lowered, precision can go down and then up again: it is not monotonic"}, {"key": "b", "text": "Recall can go down when you move the threshold lower"}, {"key": "c", "text": "average_precision_score interpolates linearly between the points of the curve, like the trapezoidal rule"}, {"key": "d", "text": "Changing the share of positives in the test set changes the PR curve, while the expected ROC curve stays the same"}]'::jsonb,
    '{"choices": ["a", "d"]}'::jsonb,
    'Precision = TP/(TP + FP) can rise again when a block of positives follows some negatives in the ranking, so PR curves zig-zag, while recall = TP/(TP + FN) can only rise or stay flat as the threshold falls. Average precision is a step-wise sum of precisions weighted by recall increments, deliberately not a linear interpolation, which would be over-optimistic on PR curves. TPR and FPR are each computed within one class, so prevalence does not shift the ROC curve, whereas precision mixes the classes and drops when positives become rarer.',
    0.8, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:roc-pr-curves-11')::uuid, 'roc-pr-curves');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:roc-pr-curves-12')::uuid,
    'Three positives are scored 0.95, 0.6 and 0.35, and three negatives 0.7, 0.5 and 0.2. What is the average precision (the mean of the precision values at the rank of each positive, as average_precision_score computes it here)? Round to two decimals.',
    'NUMERIC',
    null,
    '{"value": 0.76, "tolerance": 0.005}'::jsonb,
    'Sorted by score: 0.95 (pos), 0.7 (neg), 0.6 (pos), 0.5 (neg), 0.35 (pos), 0.2 (neg). The precision when each positive is reached is 1/1, 2/3 and 3/5, so AP = (1 + 0.667 + 0.6)/3 ≈ 0.756, which average_precision_score returns. The ROC-AUC of the same scores is 6/9 ≈ 0.67 (6 of 9 pairs correctly ordered), so the two summaries differ. Averaging over all six ranks, negatives included, is a common slip that gives a different number.',
    1.1, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:roc-pr-curves-12')::uuid, 'roc-pr-curves');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:roc-pr-curves-13')::uuid,
    'Model A has ROC-AUC 0.91 and model B 0.88. The business will only operate at a recall of at least 0.90, where B reaches precision 0.42 and A only 0.30. Which model should you pick?',
    'SINGLE_CHOICE',
    '[{"key": "a", "text": "Model A, because a higher ROC-AUC means it is the better model at every operating point"}, {"key": "b", "text": "Model B, because only the region the business will operate in matters, and B is better there"}, {"key": "c", "text": "Model A, because AUC does not depend on a threshold and is therefore the more reliable comparison"}, {"key": "d", "text": "Model A after recalibrating its probabilities, which will raise its precision at recall 0.90"}]'::jsonb,
    '{"choice": "b"}'::jsonb,
    'Curves can cross: A ranks better on average over all thresholds, but at the high-recall end that the business will use, B flags far fewer false alarms (precision 0.42 against 0.30). Pick the model by the metric at the operating point (precision at recall ≥ 0.90, or the expected cost there). AUC summarizes regions you will never use, so being threshold-free is no advantage here. Calibration is a monotonic change of the scores, so it leaves the ranking, and with it precision at any recall, unchanged.',
    1.3, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:roc-pr-curves-13')::uuid, 'roc-pr-curves');

-- ====================================================================================================
-- logistic-regression
-- ====================================================================================================
update item set
    stem = 'A linear classifier turns its score z = w·x + b into a probability with the function 1 / (1 + e^(-z)). What is this function called? One word is enough.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:logistic-regression-1')::uuid;
update item set
    choices = '[{"key": "a", "text": "It increases the purchase probability by 0.693, i.e. by about 69 percentage points"}, {"key": "b", "text": "It doubles the purchase probability, since e^0.693 ≈ 2"}, {"key": "c", "text": "It multiplies the odds of purchase by about e^0.693 ≈ 2, i.e. doubles the odds"}, {"key": "d", "text": "It adds 0.693 to the odds of purchase, whatever their starting value"}]'::jsonb,
    answer = '{"choice": "c"}'::jsonb,
    explanation = 'Logistic regression is linear in the log-odds, so a coefficient β adds β to the log-odds per unit and multiplies the odds p/(1 - p) by e^β; e^0.693 ≈ 2. The effect on the probability itself depends on the starting point (going from odds 1:1 to 2:1 moves p from 0.5 to 0.67, not to 1.0), so statements about adding 0.693 or doubling the probability are wrong. The 0.693 is added to the log-odds, not to the odds: adding a constant to the odds would have a different relative effect at every starting value.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:logistic-regression-3')::uuid;
update item set
    choices = '[{"key": "a", "text": "MSE is undefined for values between 0 and 1, because the squared differences become too small to optimize"}, {"key": "b", "text": "MSE would produce a linear decision boundary, while log loss produces a curved one that fits the data better"}, {"key": "c", "text": "Log loss is the only loss that scikit-learn''s solvers support, so the choice is a matter of tooling"}, {"key": "d", "text": "With a sigmoid, log loss is convex in the weights and keeps large gradients for confident mistakes; squared error is not"}]'::jsonb,
    answer = '{"choice": "d"}'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:logistic-regression-4')::uuid;
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:logistic-regression-7')::uuid,
    'A model estimates that a customer will renew with probability 0.8. What are the odds of renewal? Give a number.',
    'NUMERIC',
    null,
    '{"value": 4, "tolerance": 0.005}'::jsonb,
    'Odds = p / (1 - p) = 0.8 / 0.2 = 4, often written 4:1: renewal is four times as likely as non-renewal. Logistic regression models the log of these odds, log(4) ≈ 1.386, as a linear function of the features. Answering 0.8 confuses odds with probability, and 0.25 inverts the ratio (the odds of not renewing).',
    -1.2, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:logistic-regression-7')::uuid, 'logistic-regression');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:logistic-regression-8')::uuid,
    'A fitted binary LogisticRegression returns predict_proba(x) = [[0.55, 0.45]] for one customer, with classes_ = [0, 1]. What does predict(x) return?',
    'SINGLE_CHOICE',
    '[{"key": "a", "text": "array([1]), since class 1 has a probability above 0.4"}, {"key": "b", "text": "array([0])"}, {"key": "c", "text": "array([0.45])"}, {"key": "d", "text": "array([0.55])"}]'::jsonb,
    '{"choice": "b"}'::jsonb,
    'predict returns the class with the highest probability, which for a binary LogisticRegression means class 1 only when P(class 1) > 0.5. Here P(class 1) = 0.45, so the label is 0. predict returns labels from classes_, never probabilities; to use another threshold, compare predict_proba(x)[:, 1] with it yourself (for example 0.4, which would flag this customer).',
    -1.3, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:logistic-regression-8')::uuid, 'logistic-regression');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:logistic-regression-9')::uuid,
    'In scikit-learn 1.2, LogisticRegression() with its default lbfgs solver is fitted on a target with three classes. How does it handle the three classes?',
    'SINGLE_CHOICE',
    '[{"key": "a", "text": "It fits three one-vs-rest binary models and normalizes their outputs"}, {"key": "b", "text": "It fits one multinomial (softmax) model over the three classes"}, {"key": "c", "text": "It fits a binary model for each of the three pairs of classes and votes"}, {"key": "d", "text": "It raises an error unless the labels are encoded as one-hot columns"}]'::jsonb,
    '{"choice": "b"}'::jsonb,
    'With the default multi_class=''auto'', any solver except liblinear fits a multinomial model: one coefficient vector per class (coef_ has shape (3, n_features)) and a softmax over the three scores, trained with the multinomial log loss. One-vs-rest is what liblinear does (or multi_class=''ovr''), and pairwise voting (one-vs-one) is SVC''s strategy. Class labels are passed as a single 1-D y of any label type; no one-hot encoding is needed.',
    -0.3, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:logistic-regression-9')::uuid, 'logistic-regression');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:logistic-regression-10')::uuid,
    'Fitting LogisticRegression() on raw features such as income (around 50,000) and age raises ''ConvergenceWarning: lbfgs failed to converge''. What is the best first fix?',
    'SINGLE_CHOICE',
    '[{"key": "a", "text": "Switch the penalty off, since regularization slows the solver down when values are large"}, {"key": "b", "text": "Put a StandardScaler before the model in a Pipeline, and increase max_iter if needed"}, {"key": "c", "text": "Ignore it: the warning only concerns the intercept, and the coefficients are final"}, {"key": "d", "text": "Lower C to 0.0001, so the solver has fewer coefficients to estimate"}]'::jsonb,
    '{"choice": "b"}'::jsonb,
    'The default max_iter=100 is often not enough when features live on very different scales, because the loss surface becomes badly conditioned; standardizing usually lets lbfgs converge in a few dozen iterations, and raising max_iter is the second lever. An unconverged model has unfinished coefficients (for the intercept and every feature alike), so the warning should not be ignored. Removing the penalty does not help conditioning, and lowering C changes the model (much stronger shrinkage) rather than the number of coefficients.',
    -0.6, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:logistic-regression-10')::uuid, 'logistic-regression');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:logistic-regression-11')::uuid,
    'The training data of a binary problem are perfectly linearly separable. Which statements about logistic regression are true? Select all that apply.',
    'MULTIPLE_CHOICE',
    '[{"key": "a", "text": "Without a penalty, the maximum-likelihood coefficients do not exist: the weights grow without bound"}, {"key": "b", "text": "scikit-learn''s default L2 penalty keeps the coefficients finite"}, {"key": "c", "text": "Without a penalty, the training probabilities are pushed toward 0 and 1"}, {"key": "d", "text": "The solver fails to find any separating boundary on the training data, because log loss is flat there"}, {"key": "e", "text": "The decision boundary becomes curved to follow the gap between the classes"}]'::jsonb,
    '{"choices": ["a", "b", "c"]}'::jsonb,
    'With separable data, scaling up any separating w keeps lowering the log loss, so the unpenalized optimum is at infinity: coefficients diverge (statsmodels reports perfect separation) and the training probabilities approach 0 and 1. An L2 penalty, on by default with C = 1.0, makes the objective strictly convex with a finite minimum, which is one practical reason the default is penalized. The boundary found still separates the classes, and it remains a hyperplane: the model''s form does not change with the data.',
    1.0, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:logistic-regression-11')::uuid, 'logistic-regression');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:logistic-regression-12')::uuid,
    'A LogisticRegression(C=0.001) on standardized features returns probabilities that all lie between 0.16 and 0.73, although the classes are almost separable (with C=1 the probabilities reach 0 and 1 and accuracy is 99%). What explains this?',
    'SINGLE_CHOICE',
    '[{"key": "a", "text": "The strong penalty shrinks the coefficients toward zero, pulling every probability toward the base rate"}, {"key": "b", "text": "The sigmoid saturates for standardized features, so its output stays inside the middle part of its range"}, {"key": "c", "text": "The solver stopped early at C=0.001, so the coefficients are still at their random starting values"}, {"key": "d", "text": "Standardizing removed the signal, since scaled features lose the units that made them predictive"}]'::jsonb,
    '{"choice": "a"}'::jsonb,
    'C is the inverse regularization strength: at C = 0.001 the L2 penalty dominates, the coefficients stay small, so the scores w·x + b stay near the intercept and the probabilities are squeezed toward the class base rate. The model is then under-confident, even if its ranking (and accuracy) stays reasonable. The sigmoid saturates only for large scores, which small coefficients avoid; lbfgs starts from zero rather than random values; and standardizing keeps all the information of a feature, it only changes its unit.',
    1.2, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:logistic-regression-12')::uuid, 'logistic-regression');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:logistic-regression-13')::uuid,
    'Three samples have labels [1, 0, 0] and predicted probabilities of class 1 of [0.9, 0.2, 0.6]. What is the mean log loss (natural log)? Round to two decimals.',
    'NUMERIC',
    null,
    '{"value": 0.41, "tolerance": 0.005}'::jsonb,
    'Log loss = -(1/n) Σ [y log p + (1 - y) log(1 - p)]. The terms are -log(0.9) = 0.105, -log(1 - 0.2) = 0.223 and -log(1 - 0.6) = 0.916, whose mean is 1.245/3 ≈ 0.41 (sklearn.metrics.log_loss gives 0.4149). The third sample, a negative given 0.6, contributes most: confident mistakes are punished heavily. Using log(p) for the negatives instead of log(1 - p) is the classic slip.',
    -0.2, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:logistic-regression-13')::uuid, 'logistic-regression');

-- ====================================================================================================
-- regularization
-- ====================================================================================================
update item set
    choices = '[{"key": "a", "text": "The penalty acts on coefficient sizes, which depend on each feature''s units, so unscaled features are penalized unequally"}, {"key": "b", "text": "Because ridge and lasso only accept feature values between 0 and 1, as produced by scaling"}, {"key": "c", "text": "Because standardization removes the multicollinearity that would otherwise make the penalty unstable"}, {"key": "d", "text": "Because without scaling the penalized loss becomes non-convex and the solver stops in a local minimum"}]'::jsonb,
    answer = '{"choice": "a"}'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:regularization-3')::uuid;
update item set
    choices = '[{"key": "a", "text": "Ridge (L2) shrinks coefficients toward zero but generally does not make them exactly zero"}, {"key": "b", "text": "Elastic Net mixes L1 and L2 penalties and handles groups of correlated features more stably than lasso alone"}, {"key": "c", "text": "With a very large alpha, a ridge model''s coefficients approach zero and its predictions approach the intercept (about the mean of the target)"}, {"key": "d", "text": "The L1 penalty is differentiable everywhere, which is why plain gradient descent handles it easily"}, {"key": "e", "text": "With two perfectly correlated features, lasso keeps both of them with equal weights"}]'::jsonb,
    answer = '{"choices": ["a", "b", "c"]}'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:regularization-5')::uuid;
update item set
    choices = '[{"key": "a", "text": "Because the L1 penalty is applied only to the largest coefficient at each optimization step, pushing it to zero"}, {"key": "b", "text": "Because lasso first screens features and removes every one whose correlation with the target falls below a cutoff set by alpha"}, {"key": "c", "text": "The L1 ball has corners on the axes where loss contours tend to touch it, and its pull stays constant near zero, unlike L2''s"}, {"key": "d", "text": "Because L1 uses a much larger default alpha than L2, so its shrinkage is strong enough to reach exactly zero"}]'::jsonb,
    answer = '{"choice": "c"}'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:regularization-6')::uuid;
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:regularization-7')::uuid,
    'What does L1 or L2 regularization add to a linear model''s training objective?',
    'SINGLE_CHOICE',
    '[{"key": "a", "text": "A constraint that the training error reaches zero"}, {"key": "b", "text": "A penalty on the size of the coefficients"}, {"key": "c", "text": "A second model that corrects the first model''s errors"}, {"key": "d", "text": "A rule that removes outliers before the fit"}]'::jsonb,
    '{"choice": "b"}'::jsonb,
    'Regularized models minimize loss + penalty, for example Σ(y - ŷ)² + α·Σw² (ridge) or + α·Σ|w| (lasso), which trades a little training fit for smaller, more stable coefficients and better generalization. Forcing zero training error is the opposite (it invites overfitting), fitting a second model to the errors describes boosting, and outlier removal is a preprocessing choice, not a penalty.',
    -1.5, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:regularization-7')::uuid, 'regularization');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:regularization-8')::uuid,
    'In scikit-learn''s Ridge(alpha=...), what happens to the coefficients as you increase alpha?',
    'SINGLE_CHOICE',
    '[{"key": "a", "text": "They grow, because alpha scales the features up"}, {"key": "b", "text": "They shrink toward zero"}, {"key": "c", "text": "Some become exactly zero, the rest are unchanged"}, {"key": "d", "text": "Nothing changes until alpha exceeds 1"}]'::jsonb,
    '{"choice": "b"}'::jsonb,
    'alpha multiplies the L2 penalty α·Σw², so a larger alpha means stronger shrinkage of all coefficients toward zero (but, for ridge, not exactly to zero). This is the opposite direction from C in LogisticRegression and SVC, where C is the inverse of the strength. Exact zeros are a property of the L1 penalty (Lasso), and alpha acts continuously: there is no threshold at 1.',
    -1.3, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:regularization-8')::uuid, 'regularization');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:regularization-9')::uuid,
    'A linear model has coefficients w = (3, -4, 0.5). What is the value of the L1 penalty term α·Σ|w_j| with α = 0.2? Round to two decimals.',
    'NUMERIC',
    null,
    '{"value": 1.5, "tolerance": 0.005}'::jsonb,
    'Σ|w_j| = 3 + 4 + 0.5 = 7.5, and 0.2 × 7.5 = 1.5. Forgetting the absolute value gives 0.2 × (3 - 4 + 0.5) = -0.1, which would reward negative coefficients; the L2 term α·Σw² would be 0.2 × (9 + 16 + 0.25) = 5.05. The intercept is not part of the penalty.',
    -0.8, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:regularization-9')::uuid, 'regularization');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:regularization-10')::uuid,
    'Lasso(alpha=1.0).fit(X, y) on standardized features returns coef_ = [0, 0, 0, 0, 0], and every prediction equals the mean of y. What is the most likely reason?',
    'SINGLE_CHOICE',
    '[{"key": "a", "text": "alpha exceeds what even the strongest feature-target correlation can offset, so L1 zeroes every coefficient"}, {"key": "b", "text": "Lasso needs the target scaled to between 0 and 1, and it zeroes the coefficients when y is outside that range"}, {"key": "c", "text": "The features carry no signal at all, since lasso keeps every useful feature whatever the value of alpha"}, {"key": "d", "text": "The coordinate-descent solver did not converge and returned its starting values, which are zeros"}]'::jsonb,
    '{"choice": "a"}'::jsonb,
    'For alpha at or above max_j |x_jᵀ(y - ȳ)| / n, the L1 penalty outweighs the gain from any single coefficient, so the lasso solution is all zeros and only the (unpenalized) intercept, the mean of y, remains. With a target whose effects are a few tenths of a unit, alpha = 1 is far too large; search alpha on a log grid (LassoCV). Lasso does not require a target range, it drops weak but useful features when alpha is large, and a convergence failure raises a ConvergenceWarning and usually leaves non-zero coefficients.',
    -0.3, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:regularization-10')::uuid, 'regularization');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:regularization-11')::uuid,
    'Which of these act as regularization, reducing overfitting at some cost in training fit? Select all that apply.',
    'MULTIPLE_CHOICE',
    '[{"key": "a", "text": "Early stopping on a validation set"}, {"key": "b", "text": "Dropout in a neural network"}, {"key": "c", "text": "Data augmentation, such as random crops of the input images"}, {"key": "d", "text": "Weight decay in the optimizer"}, {"key": "e", "text": "Raising the polynomial degree of the features"}, {"key": "f", "text": "Removing the intercept from a linear model"}]'::jsonb,
    '{"choices": ["a", "b", "c", "d"]}'::jsonb,
    'Early stopping limits how far the weights move from their small starting values, dropout prevents units from co-adapting, augmentation teaches invariances with extra varied examples, and weight decay shrinks weights at every step (equivalent to an L2 penalty for plain SGD). Raising the polynomial degree adds flexibility, the opposite of regularization. Removing the intercept constrains the model in an arbitrary way that biases it without reducing variance in any principled way, so it is not a regularization technique.',
    0.6, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:regularization-11')::uuid, 'regularization');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:regularization-12')::uuid,
    'Ridge and lasso penalize the coefficients but not the intercept. Why is the intercept left out of the penalty?',
    'SINGLE_CHOICE',
    '[{"key": "a", "text": "Penalizing it would pull predictions toward zero rather than the mean of y, tying results to the target''s origin"}, {"key": "b", "text": "The intercept has no effect on the training loss, so penalizing it would leave the fitted model exactly as it was"}, {"key": "c", "text": "The intercept is estimated after the penalty step, so the solver has no way to shrink it"}, {"key": "d", "text": "Penalizing the intercept would make the objective non-convex, so the solver would no longer be reliable"}]'::jsonb,
    '{"choice": "a"}'::jsonb,
    'The penalty expresses a preference for small effects of the features; the intercept only sets the overall level of the predictions. Shrinking it toward zero would bias predictions toward 0, and adding a constant to y (measuring temperature in Kelvin instead of Celsius, say) would change the fitted model. The intercept clearly affects the loss, and a penalized intercept would keep the problem convex; scikit-learn simply fits it unpenalized (by centering the data for Ridge and Lasso).',
    1.1, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:regularization-12')::uuid, 'regularization');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:regularization-13')::uuid,
    'Interview question: from a Bayesian point of view, the ridge estimate is the maximum a posteriori (MAP) estimate under which prior on the coefficients?',
    'SINGLE_CHOICE',
    '[{"key": "a", "text": "A Laplace (double-exponential) prior centred at zero"}, {"key": "b", "text": "A zero-mean Gaussian prior"}, {"key": "c", "text": "A flat (uniform) prior over all real values"}, {"key": "d", "text": "A spike-and-slab prior with a point mass at zero"}]'::jsonb,
    '{"choice": "b"}'::jsonb,
    'With Gaussian noise, the log-posterior is -Σ(y - ŷ)²/(2σ²) - Σw²/(2τ²) + const, so maximizing it is ridge regression with α = σ²/τ²: a narrower prior means stronger shrinkage. A Laplace prior gives the L1 penalty, i.e. the lasso, and a flat prior gives plain least squares (MAP = maximum likelihood). A spike-and-slab prior expresses exact sparsity and leads to Bayesian variable selection rather than to either penalty.',
    1.3, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:regularization-13')::uuid, 'regularization');
update item set
    choices = '[{"key": "a", "text": "Increase C"}, {"key": "b", "text": "Decrease C"}, {"key": "c", "text": "Increase max_iter"}, {"key": "d", "text": "Remove the penalty altogether"}]'::jsonb,
    answer = '{"choice": "b"}'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:regularization-2')::uuid;

-- ====================================================================================================
-- random-forests
-- ====================================================================================================
update item set
    choices = '[{"key": "a", "text": "Each tree fits its own bootstrap sample, trying random feature subsets at each split, and the trees are aggregated"}, {"key": "b", "text": "Trees are trained one after another, each new tree fitting the errors that the previous trees left behind"}, {"key": "c", "text": "All trees are trained on the full dataset with all of the features, and only the tree with the best validation score is kept"}, {"key": "d", "text": "Each tree is trained on a different subset of the classes, and the forest combines them one-vs-rest"}]'::jsonb,
    answer = '{"choice": "a"}'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:random-forests-1')::uuid;
update item set
    choices = '[{"key": "a", "text": "Adding more trees eventually drives the variance all the way to zero, so the number of trees should be as large as possible"}, {"key": "b", "text": "Bootstrap sampling increases the correlation between trees, which is the price paid for their lower bias"}, {"key": "c", "text": "Correlated trees are desirable, because trees that agree with each other make the forest more reliable"}, {"key": "d", "text": "Past some number of trees, the correlation between trees sets the variance floor, hence random features at each split"}]'::jsonb,
    answer = '{"choice": "d"}'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:random-forests-3')::uuid;
update item set
    choices = '[{"key": "a", "text": "The square root of the number of features, as for the classifier"}, {"key": "b", "text": "log2 of the number of features, rounded down to an integer"}, {"key": "c", "text": "One third of the features, the classic recommendation for regression"}, {"key": "d", "text": "All of them (max_features=1.0)"}]'::jsonb,
    answer = '{"choice": "d"}'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:random-forests-5')::uuid;
update item set
    choices = '[{"key": "a", "text": "Both will receive the maximum importance, because each of them is strongly related to the target"}, {"key": "b", "text": "Correlated features have no effect on importances, because each tree considers the features separately"}, {"key": "c", "text": "Their importance is split between them, so each looks weaker than the shared signal; permuting one alone barely hurts"}, {"key": "d", "text": "The forest will exclude one of them automatically during training, so that the excluded feature''s importance is exactly zero"}]'::jsonb,
    answer = '{"choice": "c"}'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:random-forests-6')::uuid;
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:random-forests-7')::uuid,
    'Why does a random forest usually generalize better than a single fully grown decision tree?',
    'SINGLE_CHOICE',
    '[{"key": "a", "text": "Each tree in a forest is pruned, so every tree has lower bias than the single tree"}, {"key": "b", "text": "Averaging many decorrelated trees cancels much of their variance while keeping bias low"}, {"key": "c", "text": "The forest sees more training rows in total, since every tree gets its own extra data"}, {"key": "d", "text": "The forest uses a more accurate split criterion than the Gini impurity of a single tree"}]'::jsonb,
    '{"choice": "b"}'::jsonb,
    'A fully grown tree has low bias but high variance: small changes in the data change it a lot. A forest averages many such trees, made different by bootstrap samples and random feature subsets, so their individual errors partly cancel and variance drops while bias stays about that of one deep tree. Forest trees are usually not pruned (max_depth=None by default), each bootstrap sample has the same size as the training set and contains no new data, and the trees use the same split criteria as a single tree.',
    -1.5, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:random-forests-7')::uuid, 'random-forests');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:random-forests-8')::uuid,
    'What does RandomForestClassifier(oob_score=True) report in oob_score_ after fitting?',
    'SINGLE_CHOICE',
    '[{"key": "a", "text": "The training accuracy measured on each tree''s own bootstrap sample, averaged over trees"}, {"key": "b", "text": "The accuracy on a 20% hold-out split carved out automatically before fitting"}, {"key": "c", "text": "The accuracy of predicting each training row with only the trees that did not see it"}, {"key": "d", "text": "The average accuracy of the individual trees measured on the test set"}]'::jsonb,
    '{"choice": "c"}'::jsonb,
    'About 37% of the rows are left out of each bootstrap sample. The out-of-bag prediction for a row aggregates only the trees that did not train on it, and oob_score_ is the accuracy of those predictions (R² for a regressor): a validation estimate that costs no extra data. Scores on a tree''s own bootstrap sample would be close to perfect, the forest never carves out a separate hold-out, and it never sees your test set.',
    -0.7, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:random-forests-8')::uuid, 'random-forests');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:random-forests-9')::uuid,
    'With default settings, how deep does scikit-learn''s RandomForestClassifier grow each tree?',
    'SINGLE_CHOICE',
    '[{"key": "a", "text": "Until leaves are pure or cannot be split (max_depth=None, min_samples_leaf=1)"}, {"key": "b", "text": "To a depth of 3, so that every tree stays a weak learner as in gradient boosting"}, {"key": "c", "text": "To the depth that an internal cross-validation selects automatically for each tree"}, {"key": "d", "text": "To the square root of the number of training rows, rounded down"}]'::jsonb,
    '{"choice": "a"}'::jsonb,
    'The defaults are max_depth=None, min_samples_split=2 and min_samples_leaf=1, so each tree is grown until its leaves are pure (or cannot be split further): low-bias, high-variance trees whose variance the averaging then reduces. Shallow trees (depth 3 to 8) are typical of boosting, not forests. No cross-validation happens inside fit, and depth is not tied to the number of rows; on noisy data, limiting depth or raising min_samples_leaf can still help.',
    -0.6, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:random-forests-9')::uuid, 'random-forests');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:random-forests-10')::uuid,
    'A RandomForestRegressor has 4 trees. For one house they predict 210, 190, 250 and 230 (thousand euros). What does the forest predict, in thousand euros?',
    'NUMERIC',
    null,
    '{"value": 220, "tolerance": 0}'::jsonb,
    'A regression forest returns the mean of its trees'' predictions: (210 + 190 + 250 + 230) / 4 = 880 / 4 = 220. The median of the four values happens to be 220 as well, but scikit-learn averages, and each tree''s own prediction is itself the mean target of the training rows in its leaf.',
    -1.3, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:random-forests-10')::uuid, 'random-forests');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:random-forests-11')::uuid,
    'A scikit-learn RandomForestClassifier with 3 trees predicts, for one sample, P(class 1) = 0.9, 0.4 and 0.4 from its three trees. What does the forest''s predict return?',
    'SINGLE_CHOICE',
    '[{"key": "a", "text": "Class 0, because two of the three trees vote for class 0"}, {"key": "b", "text": "Class 1, because the averaged probability is about 0.57"}, {"key": "c", "text": "Class 1, because the most confident tree decides the outcome"}, {"key": "d", "text": "Class 0, because the median probability of the trees is 0.4"}]'::jsonb,
    '{"choice": "b"}'::jsonb,
    'scikit-learn forests use soft voting: predict_proba averages the trees'' class probabilities ((0.9 + 0.4 + 0.4)/3 ≈ 0.567) and predict takes the class with the highest average, here class 1. A hard majority vote would give class 0, which is how the original random forest paper combines trees, so the difference is worth knowing. No single tree decides the outcome, and the median is not used.',
    -0.2, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:random-forests-11')::uuid, 'random-forests');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:random-forests-12')::uuid,
    'Which changes make each tree of a RandomForestClassifier simpler, with fewer leaves? Select all that apply.',
    'MULTIPLE_CHOICE',
    '[{"key": "a", "text": "Requiring at least 20 samples in every leaf (min_samples_leaf=20)"}, {"key": "b", "text": "Setting max_depth=8 instead of None"}, {"key": "c", "text": "Raising n_estimators from 100 to 500"}, {"key": "d", "text": "Lowering max_features from ''sqrt'' to 0.1"}, {"key": "e", "text": "Setting bootstrap=False"}]'::jsonb,
    '{"choices": ["a", "b"]}'::jsonb,
    'min_samples_leaf and max_depth directly limit how far each tree can split, so they cut the number of leaves (max_leaf_nodes would too). n_estimators only changes how many trees are averaged, not their shape. Fewer candidate features per split makes trees more random and less correlated, and often deeper, since weaker splits need more levels to purify the leaves. bootstrap=False trains each tree on all distinct rows, which does not limit its growth either.',
    0.4, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:random-forests-12')::uuid, 'random-forests');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:random-forests-13')::uuid,
    'On a validation set, when a random forest predicts 0.15 the observed positive rate is 4%, and when it predicts 0.85 it is 97%. What is happening, and what do you do if downstream pricing needs calibrated probabilities?',
    'SINGLE_CHOICE',
    '[{"key": "a", "text": "The forest underfits; grow deeper trees until the predicted probabilities reach 0 and 1 as the observed rates do"}, {"key": "b", "text": "Averaging randomized trees pulls probabilities toward the middle; calibrate on held-out data (CalibratedClassifierCV)"}, {"key": "c", "text": "The classes are imbalanced; class_weight=''balanced'' reweights them so the probabilities match the observed rates"}, {"key": "d", "text": "Nothing: forest probabilities are vote fractions, which are exact frequencies by construction"}]'::jsonb,
    '{"choice": "b"}'::jsonb,
    'The forest is under-confident: its probabilities are too moderate at both ends. Averaging trees that disagree because of bootstrap samples and random feature subsets rarely gives unanimous 0 or 1, so the scores are squeezed toward the middle. Fit a calibrator (sigmoid or isotonic) on data not used to train the forest, for example with CalibratedClassifierCV. Deeper trees do not remove the averaging effect, class_weight changes the decision trade-off and usually worsens calibration, and vote fractions are fractions of trees, not observed frequencies.',
    1.3, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:random-forests-13')::uuid, 'random-forests');
update item set
    choices = '[{"key": "a", "text": "Adding more trees does not make the forest overfit more; the test error levels off as the number of trees grows"}, {"key": "b", "text": "Impurity-based feature_importances_ can favour high-cardinality features such as IDs or continuous noise"}, {"key": "c", "text": "Permutation importance computed on held-out data is a more reliable check of feature importance"}, {"key": "d", "text": "Random forests require features to be standardized"}, {"key": "e", "text": "The trees are built sequentially, each one correcting the errors of the previous tree"}, {"key": "f", "text": "The trees can be trained in parallel on several cores (n_jobs)"}]'::jsonb,
    answer = '{"choices": ["a", "b", "c", "f"]}'::jsonb,
    explanation = 'More trees only make the averaged prediction more stable, so the error plateaus instead of rising (the cost is time and memory). Impurity importances are computed on training data and reward features that offer many split points, so permutation importance on a validation set is the usual check. Trees are insensitive to feature scaling, and the trees of a forest are independent of each other, which is why n_jobs can train them in parallel; sequential error-correction describes boosting.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:random-forests-4')::uuid;

-- ====================================================================================================
-- k-nearest-neighbors
-- ====================================================================================================
update item set
    choices = '[{"key": "a", "text": "Small k gives smooth boundaries that average many points (high bias, low variance); large k gives jagged boundaries (low bias, high variance)"}, {"key": "b", "text": "k only affects prediction speed, not the shape of the decision boundary"}, {"key": "c", "text": "Small k gives jagged boundaries that follow single points (low bias, high variance); large k smooths them (higher bias, lower variance)"}, {"key": "d", "text": "k = 1 is the best choice in general, because the closest point is the most similar one"}]'::jsonb,
    answer = '{"choice": "c"}'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:k-nearest-neighbors-1')::uuid;
update item set status = 'RETIRED', version = version + 1, updated_at = now() where id = md5('learnpath-seed-item:k-nearest-neighbors-4')::uuid;
update item set
    choices = '[{"key": "a", "text": "Brute-force exact search with NearestNeighbors(algorithm=''brute''), parallelized over every available CPU core with n_jobs=-1"}, {"key": "b", "text": "A KD-tree index, because it answers every query in O(log n) time whatever the dimension"}, {"key": "c", "text": "Reduce the embeddings to 2 dimensions with t-SNE, then use a KD-tree for exact search"}, {"key": "d", "text": "An approximate nearest-neighbor index such as HNSW or FAISS IVF, trading a little recall for much faster queries"}]'::jsonb,
    answer = '{"choice": "d"}'::jsonb,
    explanation = 'Brute force would need about 10⁷ x 300 = 3·10⁹ multiply-adds per query, far beyond a few milliseconds on a CPU even when parallelized, and KD-trees degrade toward brute force at 300 dimensions, so the O(log n) claim only holds in low dimensions. t-SNE is a visualization method: it cannot embed new queries with a fitted transform and it distorts global distances, so neighbours in 2-D are not the true neighbours. Approximate indexes such as HNSW graphs or inverted-file quantization (FAISS IVF) answer queries in sub-linear time with high recall, which is why they power production vector search; dimensionality reduction such as PCA or product quantization can be combined with them.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:k-nearest-neighbors-6')::uuid;
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:k-nearest-neighbors-7')::uuid,
    'Training points on one feature: x = 0 (class 0), x = 1, 1.2 and 1.3 (class 1), x = 5 (class 0). KNeighborsClassifier(n_neighbors=3, weights=''distance'') is asked to classify x = 0. What does it predict?',
    'SINGLE_CHOICE',
    '[{"key": "a", "text": "Class 1, because two of the three nearest neighbours belong to class 1"}, {"key": "b", "text": "Class 0, because a neighbour at distance 0 takes all the weight"}, {"key": "c", "text": "It raises ZeroDivisionError, because the weight 1/distance is infinite"}, {"key": "d", "text": "Class 1 with probability 2/3, because distance weights apply only to regression"}]'::jsonb,
    '{"choice": "b"}'::jsonb,
    'With weights=''distance'', a training point at distance 0 would get an infinite weight, so scikit-learn gives the zero-distance neighbours weight 1 and the others weight 0: the prediction is class 0 with probability 1.0. With the default uniform weights the three nearest neighbours (0, 1 and 1.2) vote 2 to 1 and the answer is class 1 with probability 2/3. No error is raised, and distance weighting applies to classifiers and regressors alike. This is also why a distance-weighted k-NN scores 100% on its own training data.',
    0.9, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:k-nearest-neighbors-7')::uuid, 'k-nearest-neighbors');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:k-nearest-neighbors-8')::uuid,
    'What does fit do for a k-nearest-neighbors classifier?',
    'SINGLE_CHOICE',
    '[{"key": "a", "text": "It clusters the training data into k groups and keeps only the centres of those groups"}, {"key": "b", "text": "It stores the training data, possibly building a search index such as a KD-tree"}, {"key": "c", "text": "It learns one weight per feature by gradient descent on the training loss"}, {"key": "d", "text": "It computes one centroid per class and discards the individual rows"}]'::jsonb,
    '{"choice": "b"}'::jsonb,
    'k-NN is a lazy (instance-based) learner: fit keeps the training set, and for speed it may build a KD-tree or ball tree; all the work of finding neighbours happens at prediction time. Grouping into k clusters is k-means, a different algorithm whose k means something else. k-NN has no weights to learn, and keeping only class centroids is the nearest-centroid classifier, which throws away the local detail that k-NN uses.',
    -1.5, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:k-nearest-neighbors-8')::uuid, 'k-nearest-neighbors');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:k-nearest-neighbors-9')::uuid,
    'A KNeighborsRegressor with n_neighbors=3 and the default uniform weights finds three nearest neighbours with target values 10, 20 and 60. What does it predict?',
    'NUMERIC',
    null,
    '{"value": 30, "tolerance": 0}'::jsonb,
    'With uniform weights the prediction is the plain mean of the neighbours'' targets: (10 + 20 + 60) / 3 = 30. The median (20) is not what KNeighborsRegressor computes, and distance weighting only applies with weights=''distance''. Because it averages, a k-NN regressor never predicts outside the range of the training targets.',
    -1.3, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:k-nearest-neighbors-9')::uuid, 'k-nearest-neighbors');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:k-nearest-neighbors-10')::uuid,
    'For a binary k-NN classifier, why is an odd k such as 5 or 7 often preferred over an even one?',
    'SINGLE_CHOICE',
    '[{"key": "a", "text": "Because an even k makes the model overfit the training data"}, {"key": "b", "text": "Because it avoids tied votes between the two classes"}, {"key": "c", "text": "Because KD-trees require an odd number of neighbours"}, {"key": "d", "text": "Because an odd k makes the predicted probabilities calibrated"}]'::jsonb,
    '{"choice": "b"}'::jsonb,
    'With two classes and an odd k, a majority always exists, so no tie-breaking rule is needed (with even k, scikit-learn breaks ties by the order of the classes). Overfitting depends on how small k is, not on its parity; KD-trees work with any k; and vote fractions such as 3/5 are not calibrated probabilities whatever k is.',
    -0.8, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:k-nearest-neighbors-10')::uuid, 'k-nearest-neighbors');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:k-nearest-neighbors-11')::uuid,
    'Which statements about distance metrics for k-NN are true? Select all that apply.',
    'MULTIPLE_CHOICE',
    '[{"key": "a", "text": "KNeighborsClassifier uses the Minkowski metric with p = 2, i.e. Euclidean distance, by default"}, {"key": "b", "text": "Manhattan distance is the Minkowski metric with p = 1"}, {"key": "c", "text": "Cosine distance ignores vector length, which suits TF-IDF vectors of documents of different lengths"}, {"key": "d", "text": "Hamming distance counts the positions in which two categorical vectors differ"}, {"key": "e", "text": "The metric only affects speed; the nearest neighbours are the same for any metric"}]'::jsonb,
    '{"choices": ["a", "b", "c", "d"]}'::jsonb,
    'The default is metric=''minkowski'' with p=2 (Euclidean); p=1 gives Manhattan distance. Cosine distance compares directions, so a long and a short document about the same topic are close, and Hamming distance suits categorical or binary codes. Different metrics rank neighbours differently, so they change predictions, not just speed; the metric is a modelling choice to tune like k.',
    0.4, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:k-nearest-neighbors-11')::uuid, 'k-nearest-neighbors');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:k-nearest-neighbors-12')::uuid,
    'Points are spread uniformly in the 10-dimensional unit hypercube. You want a cubical neighbourhood around a query that contains 1% of the points. What edge length must that cube have (as a fraction of the full range of each feature)? Round to two decimals.',
    'NUMERIC',
    null,
    '{"value": 0.63, "tolerance": 0.005}'::jsonb,
    'A cube of edge e holds a fraction e^10 of the volume, so e = 0.01^(1/10) ≈ 0.63: to capture just 1% of the data, the ''local'' neighbourhood must span 63% of the range of every feature. That is the curse of dimensionality for k-NN: in high dimensions neighbourhoods are not local. Answering 0.01 applies the one-dimensional intuition, and 0.1 (the square root) is the two-dimensional answer.',
    1.2, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:k-nearest-neighbors-12')::uuid, 'k-nearest-neighbors');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:k-nearest-neighbors-13')::uuid,
    'A dataset has 5 informative features. A colleague appends 40 columns of pure random noise. Which model''s cross-validated accuracy is likely to drop the most?',
    'SINGLE_CHOICE',
    '[{"key": "a", "text": "A random forest, because it splits on the noise columns most of the time"}, {"key": "b", "text": "k-NN on standardized features, because the noise dominates the distances"}, {"key": "c", "text": "L1-penalized logistic regression, whose penalty gives noise features weight"}, {"key": "d", "text": "Gradient boosting, because each tree fits the noise left by the previous one"}]'::jsonb,
    '{"choice": "b"}'::jsonb,
    'After standardizing, every column contributes equally to Euclidean distance, so 40 noise columns swamp the 5 useful ones and the nearest neighbours become almost random (in a simulation, k-NN fell from about 0.96 to 0.78 accuracy, a random forest only from 0.95 to 0.93). Tree ensembles choose the most useful split among the candidate features, so noise columns are rarely selected when real signal is available, and the L1 penalty drives the noise coefficients to zero. k-NN needs feature selection or a learned metric when many features are irrelevant.',
    1.1, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:k-nearest-neighbors-13')::uuid, 'k-nearest-neighbors');
update item set
    choices = '[{"key": "a", "text": "A brute-force prediction costs O(n·d) per query for n training points with d features"}, {"key": "b", "text": "Training costs more than prediction, since the model learns a distance for every pair of training points"}, {"key": "c", "text": "KD-trees speed up queries a lot in low dimensions but lose their advantage as the number of dimensions grows"}, {"key": "d", "text": "In high dimensions the distances to the nearest and the farthest neighbor become relatively similar"}, {"key": "e", "text": "The fitted model gets smaller as more training data is added, because the index compresses it"}]'::jsonb,
    answer = '{"choices": ["a", "c", "d"]}'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:k-nearest-neighbors-5')::uuid;

-- ====================================================================================================
-- support-vector-machines
-- ====================================================================================================
update item set
    choices = '[{"key": "a", "text": "All training points of the minority class, since the boundary is built around the rarer class"}, {"key": "b", "text": "The cluster centres of each class, which the SVM computes before fitting the margin"}, {"key": "c", "text": "The points farthest from the decision boundary, which anchor the margin at its widest"}, {"key": "d", "text": "The points on or inside the margin, misclassified ones included; they alone fix the boundary"}]'::jsonb,
    answer = '{"choice": "d"}'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:support-vector-machines-1')::uuid;
update item set
    choices = '[{"key": "a", "text": "Margin violations cost more, so the fit follows the training points with a narrower margin, risking overfitting"}, {"key": "b", "text": "The margin becomes wider and more training points are allowed to violate it, which smooths the decision boundary"}, {"key": "c", "text": "The kernel switches from linear to RBF once C passes a threshold, adding flexibility"}, {"key": "d", "text": "Nothing changes unless gamma is also changed, because C only rescales the kernel"}]'::jsonb,
    answer = '{"choice": "a"}'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:support-vector-machines-2')::uuid;
update item set
    choices = '[{"key": "a", "text": "Large gamma makes the RBF kernel behave like a linear kernel with very large weights, which overfits"}, {"key": "b", "text": "Large gamma increases the margin width, so more points become support vectors"}, {"key": "c", "text": "Each point''s influence becomes very local (the kernel decays fast with distance), so the boundary wraps single points"}, {"key": "d", "text": "Large gamma removes the need for support vectors, so every training point is stored and memorized instead"}]'::jsonb,
    answer = '{"choice": "c"}'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:support-vector-machines-3')::uuid;
update item set
    choices = '[{"key": "a", "text": "Increase C, so that the optimizer needs fewer iterations to converge on the large dataset"}, {"key": "b", "text": "Use a linear SVM (LinearSVC or SGDClassifier with hinge loss), optionally on Nystroem features"}, {"key": "c", "text": "Switch to kernel=''poly'' with a high degree, which is much cheaper to evaluate than the RBF kernel"}, {"key": "d", "text": "Remove the feature scaling step, which slows down every kernel computation on 2 million rows"}]'::jsonb,
    answer = '{"choice": "b"}'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:support-vector-machines-6')::uuid;
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:support-vector-machines-7')::uuid,
    'Among all hyperplanes that separate two linearly separable classes, which one does a (hard-margin) linear SVM choose?',
    'SINGLE_CHOICE',
    '[{"key": "a", "text": "The one that minimizes the squared error between its scores and the labels"}, {"key": "b", "text": "The one with the widest gap to the nearest points of either class"}, {"key": "c", "text": "The one through the midpoint between the two class means"}, {"key": "d", "text": "The one that uses the fewest features with non-zero weight"}]'::jsonb,
    '{"choice": "b"}'::jsonb,
    'The SVM maximizes the margin, the distance from the hyperplane to the closest training points (which become the support vectors); a wide margin is what makes the boundary robust. Minimizing squared error to ±1 labels gives a least-squares classifier, which every point influences, outliers included. A boundary halfway between the class means is a nearest-centroid rule, and sparsity in the weights is what an L1 penalty encourages, not the SVM objective.',
    -1.5, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:support-vector-machines-7')::uuid, 'support-vector-machines');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:support-vector-machines-8')::uuid,
    'Which kernel does scikit-learn''s SVC use when you do not set the kernel parameter?',
    'SINGLE_CHOICE',
    '[{"key": "a", "text": "''linear''"}, {"key": "b", "text": "''rbf''"}, {"key": "c", "text": "''poly''"}, {"key": "d", "text": "''sigmoid''"}]'::jsonb,
    '{"choice": "b"}'::jsonb,
    'SVC defaults to kernel=''rbf'' with gamma=''scale'' and C=1.0, so an SVC is non-linear unless you ask for kernel=''linear'' (or use LinearSVC, which is the faster choice for linear models on many samples). The polynomial and sigmoid kernels are available but rarely the best first choice; with the RBF default, scale the features and tune C and gamma together.',
    -1.2, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:support-vector-machines-8')::uuid, 'support-vector-machines');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:support-vector-machines-9')::uuid,
    'A linear SVM has learned the weight vector w = (3, 4). Its margin boundaries are w·x + b = 1 and w·x + b = -1. What is the width of the margin between them, 2/||w||? Round to two decimals.',
    'NUMERIC',
    null,
    '{"value": 0.4, "tolerance": 0.005}'::jsonb,
    '||w|| = sqrt(3² + 4²) = 5, so the margin width is 2/5 = 0.40 (each boundary lies 1/||w|| = 0.2 from the decision hyperplane). This is why maximizing the margin is written as minimizing ||w||²: smaller weights mean a wider margin. Answering 0.2 gives the distance to one side only, and 2/7 uses the sum of the weights instead of the Euclidean norm.',
    -0.4, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:support-vector-machines-9')::uuid, 'support-vector-machines');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:support-vector-machines-10')::uuid,
    'With SVC(probability=True), a sample gets predict_proba = [0.55, 0.45] for classes [0, 1], yet predict returns class 1. Why can this happen?',
    'SINGLE_CHOICE',
    '[{"key": "a", "text": "predict uses the sign of decision_function; the probabilities come from a separately fitted Platt scaling"}, {"key": "b", "text": "predict_proba lists the classes in reverse order, so 0.55 is actually the probability of class 1"}, {"key": "c", "text": "predict applies a threshold of 0.4 by default in SVC, so any probability above 0.4 gets labelled class 1"}, {"key": "d", "text": "The sample is a support vector, and for support vectors predict returns the training label instead"}]'::jsonb,
    '{"choice": "a"}'::jsonb,
    'SVC predicts from the decision function, while probability=True fits a separate sigmoid (Platt scaling) on cross-validated decision values; the two can disagree for samples near the boundary, and the probabilities also vary with random_state. The scikit-learn documentation warns about exactly this, so use decision_function (or a calibrated model) when consistency matters. Columns follow classes_ in sorted order, SVC has no 0.4 threshold, and predict never looks up training labels.',
    1.1, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:support-vector-machines-10')::uuid, 'support-vector-machines');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:support-vector-machines-11')::uuid,
    'scikit-learn''s SVC handles multiclass problems with a one-vs-one scheme. How many binary classifiers does it train for a problem with 5 classes? Give a whole number.',
    'NUMERIC',
    null,
    '{"value": 10, "tolerance": 0}'::jsonb,
    'One-vs-one trains a classifier for every pair of classes: 5 × 4 / 2 = 10. Each is trained only on the samples of its two classes, which keeps the kernel problems small, and a vote decides the class (decision_function_shape=''ovr'' only reshapes the output). One-vs-rest would train 5 classifiers, and 20 counts each pair twice.',
    -0.5, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:support-vector-machines-11')::uuid, 'support-vector-machines');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:support-vector-machines-12')::uuid,
    'For the RBF kernel K(x, x'') = exp(-γ·||x - x''||²) with γ > 0, which statements are true? Select all that apply.',
    'MULTIPLE_CHOICE',
    '[{"key": "a", "text": "K(x, x) = 1 for every point x"}, {"key": "b", "text": "Its values lie in the interval (0, 1]"}, {"key": "c", "text": "K grows as the two points move apart"}, {"key": "d", "text": "A larger γ makes K decay more slowly with distance"}, {"key": "e", "text": "K is negative for points on opposite sides of the decision boundary"}]'::jsonb,
    '{"choices": ["a", "b"]}'::jsonb,
    'At zero distance the exponent is 0, so K(x, x) = e^0 = 1, and for any positive distance the value falls toward 0 without reaching it, so K is a similarity in (0, 1]. It shrinks as points move apart, faster for larger γ (which is why a large γ makes influence local). K depends only on the distance between two points, never on the labels or the boundary, so it is never negative.',
    0.3, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:support-vector-machines-12')::uuid, 'support-vector-machines');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:support-vector-machines-13')::uuid,
    'An SVR (support vector regression) model is fitted with epsilon=0.5. A training point has residual y - f(x) = 0.3. How much does it contribute to the epsilon-insensitive loss?',
    'SINGLE_CHOICE',
    '[{"key": "a", "text": "0.3, the size of the residual"}, {"key": "b", "text": "0.09, the squared residual"}, {"key": "c", "text": "0, as the residual is within the tube"}, {"key": "d", "text": "0.2, the distance left to the tube edge"}]'::jsonb,
    '{"choice": "c"}'::jsonb,
    'The epsilon-insensitive loss is max(0, |y - f(x)| - ε), so any residual smaller than ε = 0.5 costs nothing: the point lies inside the ε-tube and is not a support vector. 0.3 would be the absolute error, 0.09 the squared error, and 0.2 subtracts the residual from ε instead of the other way round. Widening ε therefore gives a sparser model that ignores small errors.',
    1.0, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:support-vector-machines-13')::uuid, 'support-vector-machines');
update item set
    choices = '[{"key": "a", "text": "Features should be scaled before fitting SVC, because the margin and the RBF kernel depend on distances"}, {"key": "b", "text": "SVC''s decision_function returns signed scores related to the distance from the boundary, not probabilities"}, {"key": "c", "text": "The kernel trick lets the SVM work with inner products in a high-dimensional (even infinite-dimensional) feature space without computing the mapping explicitly"}, {"key": "d", "text": "Adding training points far from the boundary on the correct side changes the SVM solution"}, {"key": "e", "text": "The hinge loss is positive only for misclassified points"}, {"key": "f", "text": "With kernel=''linear'', SVC exposes the hyperplane''s weights in coef_"}]'::jsonb,
    answer = '{"choices": ["a", "b", "c", "f"]}'::jsonb,
    explanation = 'SVMs are distance-based, so unscaled features distort both the margin and the kernel. decision_function gives uncalibrated scores; probability estimates require probability=True. Because the dual problem uses the data only through inner products, a kernel function can replace them, which is the kernel trick. With a linear kernel the decision function is w·x + b, so SVC can report w in coef_ (for non-linear kernels the weights live in an implicit feature space and only dual_coef_ is available). Points outside the margin on the correct side are not support vectors and do not change the solution, and correctly classified points inside the margin also have positive hinge loss.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:support-vector-machines-5')::uuid;

-- ====================================================================================================
-- model-interpretability
-- ====================================================================================================
update item set
    choices = '[{"key": "a", "text": "By counting how often the feature is used for splits across all of the model''s trees"}, {"key": "b", "text": "By taking the absolute value of the feature''s correlation with the target on the test set"}, {"key": "c", "text": "By retraining the model without that feature and then comparing the training accuracy of the two models"}, {"key": "d", "text": "By shuffling the feature''s column in evaluation data and measuring how much the model''s score drops"}]'::jsonb,
    answer = '{"choice": "d"}'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:model-interpretability-1')::uuid;
update item set
    choices = '[{"key": "a", "text": "Impurity importance uses training data and rewards many split points that can fit noise; check it with held-out permutation importance"}, {"key": "b", "text": "Random forests rank ID columns first by design, so that rows can be traced back to customers"}, {"key": "c", "text": "feature_importances_ is computed on the test set, so the ID is probably leaking the label there"}, {"key": "d", "text": "High-cardinality columns are one-hot encoded automatically by the forest, which multiplies their combined importance"}]'::jsonb,
    answer = '{"choice": "a"}'::jsonb,
    explanation = 'Mean decrease in impurity rewards any feature the trees split on during training, and a high-cardinality column offers many thresholds for memorising noise, so it accumulates importance it would not earn on new data. Permutation importance on a validation set would show little or no drop in score. The bias is not a design rule that puts IDs first, feature_importances_ is not computed on test data, and scikit-learn forests do not one-hot encode anything.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:model-interpretability-3')::uuid;
update item set
    choices = '[{"key": "a", "text": "Discount has no effect on the model''s predictions, as the flat partial dependence shows"}, {"key": "b", "text": "The ICE curves are unreliable here, since individual curves that average to a flat line indicate a plotting error"}, {"key": "c", "text": "Discount has strong opposite effects in different subgroups (an interaction), which cancel out in the PDP''s average"}, {"key": "d", "text": "The PDP shows that the model is overfitting the discount feature, so its ICE curves only reflect noise in the training data"}]'::jsonb,
    answer = '{"choice": "c"}'::jsonb,
    explanation = 'A partial dependence plot is the average of the individual conditional expectation curves, so heterogeneous effects can cancel to a flat line; the ICE curves reveal that the feature matters a lot, but differently for different customers. Looking for the feature that separates the rising and falling groups exposes the interaction. A flat PDP alone would have suggested no effect, which is exactly the trap; ICE curves averaging to a flat line is expected arithmetic, not a plotting error, and nothing here indicates overfitting.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:model-interpretability-4')::uuid;
update item set
    choices = '[{"key": "a", "text": "Agree: a feature this important drives the decision, so changing it changes the outcome"}, {"key": "b", "text": "It reflects an association: zip code can proxy for income or protected traits, so it says nothing about moving, and fairness needs review"}, {"key": "c", "text": "Remove the importance plot, because importances of tree models are too unreliable to discuss with managers at all"}, {"key": "d", "text": "Explain that zip_code is probably a data error, since location has no plausible link to repayment"}]'::jsonb,
    answer = '{"choice": "b"}'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:model-interpretability-6')::uuid;
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:model-interpretability-7')::uuid,
    'Which of these is a local explanation, one that explains a single prediction?',
    'SINGLE_CHOICE',
    '[{"key": "a", "text": "SHAP values for one customer''s predicted churn risk"}, {"key": "b", "text": "A permutation-importance ranking over the test set"}, {"key": "c", "text": "A partial dependence plot of age across all customers"}, {"key": "d", "text": "The coefficients of a fitted logistic regression"}]'::jsonb,
    '{"choice": "a"}'::jsonb,
    'Local explanations attribute one prediction to the features of that instance: SHAP values (or LIME) for one customer say why this customer got this score. Permutation importance and partial dependence describe the model over a whole dataset (global), and the coefficients of a linear model are global too: they hold for every prediction, although multiplying them by one customer''s feature values gives a simple local breakdown.',
    -1.5, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:model-interpretability-7')::uuid, 'model-interpretability');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:model-interpretability-8')::uuid,
    'What does a partial dependence plot (PDP) for a feature show?',
    'SINGLE_CHOICE',
    '[{"key": "a", "text": "The correlation between that feature and the target, computed at each of its values"}, {"key": "b", "text": "The average prediction as the feature is varied, over the data''s other values"}, {"key": "c", "text": "The drop in accuracy when that feature is removed from the model"}, {"key": "d", "text": "The distribution of the feature''s values in the training data"}]'::jsonb,
    '{"choice": "b"}'::jsonb,
    'For each grid value v of the feature, the PDP sets the feature to v in every row, keeps the other features as observed, and averages the model''s predictions; the curve shows how the model''s output depends on the feature on average (sklearn.inspection.PartialDependenceDisplay). It describes the model, not the raw correlation in the data; the drop in score when a feature is broken is permutation importance; and the feature''s distribution is often drawn as tick marks under the PDP only to show where the curve is supported by data.',
    -1.2, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:model-interpretability-8')::uuid, 'model-interpretability');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:model-interpretability-9')::uuid,
    'How does LIME explain an individual prediction of a black-box model?',
    'SINGLE_CHOICE',
    '[{"key": "a", "text": "It computes exact Shapley values by evaluating every subset of features"}, {"key": "b", "text": "It fits a simple model to the black box''s outputs on perturbed copies of the instance"}, {"key": "c", "text": "It retrains the black-box model without each feature in turn and compares the resulting scores"}, {"key": "d", "text": "It returns the most similar training example together with that example''s label"}]'::jsonb,
    '{"choice": "b"}'::jsonb,
    'LIME (Local Interpretable Model-agnostic Explanations) perturbs the instance, queries the black box on those samples, weights them by closeness to the instance and fits an interpretable surrogate, typically a sparse linear model, whose weights are the explanation. It approximates the model locally, so explanations can change with the perturbation settings. Exact Shapley values over all subsets are exponential in the number of features (SHAP uses approximations or model-specific algorithms), retraining without features is drop-column importance, and returning a similar example is an example-based explanation.',
    -0.5, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:model-interpretability-9')::uuid, 'model-interpretability');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:model-interpretability-10')::uuid,
    'A model scores 0.86 accuracy on a validation set. After shuffling the feature ''tenure'' five times, the accuracies are 0.80, 0.78, 0.79, 0.77 and 0.81. What is the permutation importance of ''tenure'' (mean drop in accuracy)? Round to two decimals.',
    'NUMERIC',
    null,
    '{"value": 0.07, "tolerance": 0.005}'::jsonb,
    'The mean accuracy with ''tenure'' shuffled is (0.80 + 0.78 + 0.79 + 0.77 + 0.81)/5 = 0.79, so the importance is 0.86 - 0.79 = 0.07, which is what sklearn.inspection.permutation_importance reports as importances_mean (with importances_std showing the spread over repeats). Reporting 0.79 gives the shuffled score rather than the drop, and the model is not refitted at any point.',
    -0.7, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:model-interpretability-10')::uuid, 'model-interpretability');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:model-interpretability-11')::uuid,
    'Which of these interpretation methods are model-agnostic, i.e. usable with any fitted model through its predictions alone? Select all that apply.',
    'MULTIPLE_CHOICE',
    '[{"key": "a", "text": "Permutation importance"}, {"key": "b", "text": "Partial dependence and ICE plots"}, {"key": "c", "text": "Kernel SHAP"}, {"key": "d", "text": "Gini (impurity-based) feature importance"}, {"key": "e", "text": "Reading the coefficients of a linear model"}, {"key": "f", "text": "LIME"}]'::jsonb,
    '{"choices": ["a", "b", "c", "f"]}'::jsonb,
    'Permutation importance, PDP/ICE, Kernel SHAP and LIME only need to call the model''s predict or predict_proba on modified inputs, so they work for any model, a neural network or a pipeline included. Impurity-based importance is computed from the splits of tree models, and coefficients only exist (and are only interpretable) for linear models, so both are model-specific. Model-specific methods such as TreeSHAP are often faster, which is why they are preferred when available.',
    0.2, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:model-interpretability-11')::uuid, 'model-interpretability');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:model-interpretability-12')::uuid,
    'House area and number of rooms are correlated at 0.9. The partial dependence plot for area at 300 m² averages predictions over all houses with area set to 300 m², including one-room flats. What is the problem, and what is an alternative?',
    'SINGLE_CHOICE',
    '[{"key": "a", "text": "None: averaging over all houses is what makes the PDP unbiased, whatever the feature correlations"}, {"key": "b", "text": "The PDP evaluates unrealistic combinations where the model has no data; ALE plots avoid them"}, {"key": "c", "text": "The PDP double-counts the effect of rooms, so the area curve should be divided by their correlation"}, {"key": "d", "text": "The PDP is fine, but the rooms feature should be dropped first so that the two plots do not disagree"}]'::jsonb,
    '{"choice": "b"}'::jsonb,
    'Setting area to 300 m² in a one-room flat creates inputs the model never saw, so the PDP averages extrapolations that may be arbitrary. Accumulated local effects (ALE) plots avoid this by measuring prediction changes over small intervals of the feature using only the rows that actually fall there, then accumulating them. Averaging over all rows is exactly the cause of the problem when features are correlated, no division by the correlation corrects it, and dropping a correlated feature changes the model being explained.',
    1.2, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:model-interpretability-12')::uuid, 'model-interpretability');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values (
    md5('learnpath-seed-item:model-interpretability-13')::uuid,
    'A pneumonia classifier for chest X-rays has high validation accuracy. SHAP maps show it relies mostly on a text marker in the image corner that identifies the hospital. What does this reveal, and what should you do?',
    'SINGLE_CHOICE',
    '[{"key": "a", "text": "The explanation method is faulty, since saliency methods highlight text by default; trust the high validation accuracy"}, {"key": "b", "text": "Shortcut learning: the marker proxies for each hospital''s case mix; mask it and validate on data from other hospitals"}, {"key": "c", "text": "The marker is a legitimate feature, because it improves validation accuracy and will be present in production too"}, {"key": "d", "text": "The model has not converged yet; training for more epochs will shift its attention from the marker to the lungs"}]'::jsonb,
    '{"choice": "b"}'::jsonb,
    'When hospitals differ in pneumonia prevalence, a hospital marker predicts the label without any medical content: the model learned a shortcut that validation data from the same hospitals rewards. Explanations are valuable precisely for catching this. Mask or crop the marker, check performance per hospital, and validate on an external hospital, where the shortcut fails. Dismissing the explanation ignores the evidence, keeping the marker ties the model to today''s case mix, and longer training on the same data reinforces the shortcut rather than removing it.',
    1.4, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:model-interpretability-13')::uuid, 'model-interpretability');
