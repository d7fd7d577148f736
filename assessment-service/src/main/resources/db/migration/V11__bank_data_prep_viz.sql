-- Issue 28, content part B: data preparation, visualization, EDA, storytelling and ML paradigms.
-- Corrections keep an item's id (version + 1); replaced items are retired and a new item is published, so stored
-- answers keep meaning what they meant. New items continue each skill's keys (<skill>-7, -8, ...).
-- Code behaviour targets pandas 2.x, NumPy, scikit-learn 1.x, Matplotlib 3.x, seaborn 0.13 and Plotly 5 or later; every
-- number and snippet was re-run (pandas 2.3, scikit-learn 1.9, Matplotlib 3.11, seaborn 0.13.2, Plotly 7.1).

-- ====================================================================================================
-- data-quality-checks
-- ====================================================================================================
-- Correction: accept every equivalent form, including value_counts(dropna=False) (issue 28)
update item set answer = '{"accepted": ["value_counts", ".value_counts", "s.value_counts", "value_counts()", ".value_counts()", "s.value_counts()", "Series.value_counts", "df.city.value_counts", "Series.value_counts()", "df.city.value_counts()", "pd.Series.value_counts", "df[\"city\"].value_counts", "df[''city''].value_counts", "pd.Series.value_counts()", "df[\"city\"].value_counts()", "df[''city''].value_counts()", "value_counts(dropna=False)", ".value_counts(dropna=False)", "s.value_counts(dropna=False)", "value_counts(dropna = False)", ".value_counts(dropna = False)", "s.value_counts(dropna = False)", "Series.value_counts(dropna=False)", "df.city.value_counts(dropna=False)", "Series.value_counts(dropna = False)", "df.city.value_counts(dropna = False)", "pd.Series.value_counts(dropna=False)", "df[\"city\"].value_counts(dropna=False)", "df[''city''].value_counts(dropna=False)", "pd.Series.value_counts(dropna = False)", "df[\"city\"].value_counts(dropna = False)", "df[''city''].value_counts(dropna = False)", "value counts", "value_counts method", "the value_counts method"]}'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:data-quality-checks-2')::uuid;
-- Correction: option d duplicated an option of missing-values-1; it is now a real misconception (issue 28)
update item set choices = '[{"key": "a", "text": "df.drop_duplicates().shape[0]"}, {"key": "b", "text": "df.duplicated().sum()"}, {"key": "c", "text": "df.nunique()"}, {"key": "d", "text": "df.value_counts().gt(1).sum()"}]'::jsonb,
    explanation = 'df.duplicated() returns a boolean Series that is True for every row identical to an earlier row (keep=''first''), so its sum is the number of redundant copies. drop_duplicates().shape[0] is the number of rows left after removing them, not the number removed. df.value_counts().gt(1).sum() counts distinct rows that occur more than once, so a row present three times counts once instead of twice (and value_counts drops rows containing NaN by default). nunique() counts distinct values per column.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:data-quality-checks-1')::uuid;
-- Correction: read_csv already reads 'N/A' as NaN: the example now uses a string it does not read as missing; options rebalanced (issue 28)
update item set stem = 'A ''price'' column loaded with pd.read_csv (default settings) has dtype object because it contains values such as ''1,299'', ''15'' and ''unknown''. What is a sound way to convert it to numbers?',
    choices = '[{"key": "a", "text": "df[''price''].astype(float), which turns the entries it fails to parse into NaN"}, {"key": "b", "text": "df[''price''].fillna(0).astype(int), so that the gaps no longer block the conversion"}, {"key": "c", "text": "pd.to_numeric(df[''price''], errors=''coerce'') on the raw strings, then count the NaNs"}, {"key": "d", "text": "Strip the '','' first, then pd.to_numeric(..., errors=''coerce''); inspect the new NaNs"}]'::jsonb,
    answer = '{"choice": "d"}'::jsonb,
    explanation = 'read_csv already turns its default missing markers ('''', ''NA'', ''N/A'', ''NULL'', ''nan'', ...) into NaN, so the object dtype comes from strings it cannot parse as numbers: ''1,299'' (the thousands separator) and ''unknown''. Removing the separator with str.replace('','', '''') makes ''1,299'' parseable, and to_numeric with errors=''coerce'' turns the genuinely invalid ''unknown'' into NaN; checking which rows became NaN documents what was lost. Coercing the raw strings also turns ''1,299'' into NaN, silently discarding valid prices. astype(float) does not coerce: it raises ValueError on ''1,299''. fillna only fills values that are already NaN, so the strings remain and astype(int) raises as well. At load time, pd.read_csv(..., thousands='','', na_values=[''unknown'']) does the same job.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:data-quality-checks-3')::uuid;
-- Correction: options rebalanced so that the key is not the longest (issue 28)
update item set choices = '[{"key": "a", "text": "orders[orders[''customer_id''].isna() | (orders[''customer_id''] == 0)]"}, {"key": "b", "text": "orders[~orders[''customer_id''].isin(customers[''customer_id''])]"}, {"key": "c", "text": "customers[customers.duplicated(''customer_id'', keep=False)]"}, {"key": "d", "text": "orders[''customer_id''].nunique() - customers[''customer_id''].nunique()"}]'::jsonb,
    explanation = 'isin checks each order''s key against the set of valid customer keys, and ~ keeps the orders whose key is not found: orphaned (broken) foreign keys (a missing key is reported too, since NaN is in no list). Looking for NaN or a placeholder 0 only finds missing or dummy keys, not keys that are present but unknown to the customers table. Duplicated customer_ids in customers are a different problem (they would duplicate order rows in a join). The difference of two nunique() counts compares the sizes of two sets, which can be 0 even when many orders point to customers that do not exist.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:data-quality-checks-4')::uuid;
-- Correction: options rebalanced so that the key is not the longest (issue 28)
update item set choices = '[{"key": "a", "text": "The copies differ in case or spacing (''Ann@x.com'' vs ''ann@x.com ''), so the strings are not equal"}, {"key": "b", "text": "duplicated() skips columns of object dtype, so string keys such as email are not compared at all"}, {"key": "c", "text": "With keep=''first'' neither copy of a pair is marked, so a registered-twice customer adds 0 to the sum"}, {"key": "d", "text": "duplicated() marks only rows in which every column is identical, even when a subset is passed"}]'::jsonb,
    explanation = 'duplicated compares values exactly, so trivial formatting differences hide duplicates. Normalizing the key first, e.g. df[''email''].str.strip().str.lower().duplicated(), reveals them; real-world deduplication often also needs fuzzy matching on names or phone numbers. duplicated works on any dtype, subset restricts the comparison to the listed columns, and keep=''first'' leaves only the first occurrence unmarked: the second copy is marked True, so each extra registration adds 1 to the sum.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:data-quality-checks-6')::uuid;
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:data-quality-checks-7')::uuid,
     'Which expression returns a single True/False answer to ''is order_id a valid primary key, with no value repeated?''',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "df[''order_id''].unique()"}, {"key": "b", "text": "df[''order_id''].notna().all()"}, {"key": "c", "text": "df[''order_id''].is_monotonic_increasing"}, {"key": "d", "text": "df[''order_id''].is_unique"}]'::jsonb,
     '{"choice": "d"}'::jsonb,
     'Series.is_unique is a boolean property that is True when no value occurs twice, the uniqueness half of a primary-key check (add df[''order_id''].notna().all() for the not-null half). unique() returns the array of distinct values, not a verdict. notna().all() checks completeness only: a column full of repeated ids passes it. is_monotonic_increasing checks sort order and is also True for 1, 1, 2.',
     -1.4,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:data-quality-checks-7')::uuid, 'data-quality-checks');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:data-quality-checks-8')::uuid,
     'A CSV holds US postcodes such as 02134 and 10001. After pd.read_csv the column shows 2134 and 10001. What happened, and what is the fix?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "pandas inferred an integer column, dropping the leading zeros; pass dtype={''postcode'': str}"}, {"key": "b", "text": "The file was saved with a Windows encoding; read it again with encoding=''utf-8''"}, {"key": "c", "text": "The zeros are only hidden by the display; convert the column with astype(str) to see them"}, {"key": "d", "text": "read_csv trims leading characters from every field; pass skipinitialspace=False to keep them"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'read_csv infers a dtype per column, and a column of digits becomes int64, so 02134 is stored as the number 2134: identifiers that look numeric (postcodes, phone numbers, account numbers) should be read as strings with dtype={''postcode'': str}. The zeros are not hidden by the display: astype(str) afterwards gives ''2134'', because the integer never had them. Encoding affects non-ASCII characters, not digits, and skipinitialspace concerns spaces after the delimiter.',
     -1.1,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:data-quality-checks-8')::uuid, 'data-quality-checks');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:data-quality-checks-9')::uuid,
     'df = pd.DataFrame({''customer_id'': [101, 102, 102, 103, 104, 104, 104, 105]}). How many rows does df[df.duplicated(''customer_id'', keep=False)] return?',
     'NUMERIC',
     null,
     '{"value": 5, "tolerance": 0}'::jsonb,
     'keep=False marks every row whose customer_id occurs more than once, including the first occurrence: the two 102 rows and the three 104 rows, 5 rows, which is what you want when you need to inspect all copies side by side. With the default keep=''first'', duplicated(''customer_id'').sum() is 3, the number of redundant rows that drop_duplicates would remove.',
     -0.3,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:data-quality-checks-9')::uuid, 'data-quality-checks');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:data-quality-checks-10')::uuid,
     'A CSV is read with pd.read_csv and default settings. Which of these raw cell values end up as NaN? Select all that apply.',
     'MULTIPLE_CHOICE',
     '[{"key": "a", "text": "an empty field (two delimiters in a row)"}, {"key": "b", "text": "the text N/A"}, {"key": "c", "text": "the text NULL"}, {"key": "d", "text": "the text NA"}, {"key": "e", "text": "a single hyphen -"}, {"key": "f", "text": "the text unknown"}]'::jsonb,
     '{"choices": ["a", "b", "c", "d"]}'::jsonb,
     'read_csv recognizes a fixed list of missing markers by default, among them the empty string, ''N/A'', ''n/a'', ''NA'', ''NULL'', ''null'', ''nan'', ''NaN'', ''None'' and ''<NA>''. Other placeholders such as ''-'', ''unknown'', ''?'' or 999 stay as ordinary values (making the column object dtype if they are text), so check value_counts for them and pass na_values=[''-'', ''unknown''] when you know the source''s conventions.',
     0.3,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:data-quality-checks-10')::uuid, 'data-quality-checks');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:data-quality-checks-11')::uuid,
     'After merging patient records from two hospitals, a histogram of body weight has two clear peaks, near 70 and near 154, and each hospital contributes mostly to one peak. What is the most likely explanation?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "One hospital records weight in pounds and the other in kilograms; convert by source before analysis"}, {"key": "b", "text": "The hospitals treat two distinct patient populations, adults and severely obese patients, so both peaks are real"}, {"key": "c", "text": "The upper peak is a cluster of outliers from data-entry errors; cap weight at the 99th percentile"}, {"key": "d", "text": "Merging duplicated patients who visited both hospitals, which doubles some weights; deduplicate the records"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     '70 kg is about 154 lb (70 x 2.2046 = 154.3), and a peak that lines up with one source is the signature of a unit or coding difference between systems, not of biology: check the source metadata, convert to one unit per source and add a range check per unit. Two patient populations would not produce a second peak at exactly the converted value of the first. Capping would flatten a whole hospital''s correct data, and deduplication removes duplicate rows; it does not change a weight value.',
     1.1,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:data-quality-checks-11')::uuid, 'data-quality-checks');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:data-quality-checks-12')::uuid,
     'A nightly check asserts that less than 1% of ''amount'' is null, and it keeps passing. Later you learn that an upstream change began writing 0 for unknown amounts. Which check would have caught this?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "A stricter null threshold, for example less than 0.1% null"}, {"key": "b", "text": "Comparing the share of zeros and key quantiles with a baseline"}, {"key": "c", "text": "An assertion that the dtype of ''amount'' is still float64"}, {"key": "d", "text": "An assertion that ''amount'' has at least one non-null value"}]'::jsonb,
     '{"choice": "b"}'::jsonb,
     'Writing 0 for unknown hides missing values as valid-looking numbers, so every null-based rule keeps passing however strict it is, and the dtype stays float64. Distribution checks catch it: a jump in the share of exact zeros, a shifted median or lower quantiles, compared with a baseline from earlier loads. That is why validation suites combine schema, completeness and distribution checks.',
     1.4,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:data-quality-checks-12')::uuid, 'data-quality-checks');

-- ====================================================================================================
-- missing-values
-- ====================================================================================================
-- Retired: it tested 'fit the imputer on training data only', which pipelines-data-leakage-1 keeps (issue 28)
update item set status = 'RETIRED', version = version + 1, updated_at = now() where id = md5('learnpath-seed-item:missing-values-4')::uuid;
-- Correction: distractor (a) no longer carries the word 'completely' while the key has no such word; options rebalanced (issue 28)
update item set choices = '[{"key": "a", "text": "MCAR, because each person decides on their own whether to answer"}, {"key": "b", "text": "MNAR (missing not at random)"}, {"key": "c", "text": "MAR (missing at random, given the observed variables)"}, {"key": "d", "text": "Not missingness at all, since the respondents chose not to answer"}]'::jsonb,
    explanation = 'When the probability of a value being missing depends on the unobserved value itself (here, the income), the data are MNAR. MCAR (missing completely at random) would mean missingness is unrelated to anything, including income, and MAR would mean it depends only on other observed variables, such as age. A deliberate refusal is still a missing value. Under MNAR simple imputation is biased (imputing the observed mean understates incomes), so use missing-indicator flags and sensitivity analysis.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:missing-values-3')::uuid;
-- Correction: distractor (b) said 'always'; it now states a real misconception about KNN imputation (issue 28)
update item set choices = '[{"key": "a", "text": "Filling missing values with 0 is a neutral choice for any linear model"}, {"key": "b", "text": "KNN imputation works equally well whether or not the features are scaled"}, {"key": "c", "text": "Mean imputation shrinks the column''s variance and weakens its correlations with other variables"}, {"key": "d", "text": "Adding a missing-indicator column lets a model learn whether missingness itself is predictive"}, {"key": "e", "text": "Dropping rows with any missing value is unbiased as long as fewer than half the rows are dropped"}]'::jsonb,
    explanation = 'Filling many rows with one constant value reduces spread and correlations, and a missing-indicator flag preserves the information that a value was absent, which is often predictive. KNNImputer finds neighbours by (nan-)Euclidean distance, so a feature in large units decides who the neighbours are unless the features are scaled first. Complete-case analysis is unbiased only under MCAR, regardless of how many rows are dropped. Zero is just another value to a linear model (often an impossible one, such as an age of 0).',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:missing-values-5')::uuid;
-- Correction: options rebalanced so that the key is not the longest (issue 28)
update item set choices = '[{"key": "a", "text": "Drop the rows with missing blood pressure: with this many patients the estimates stay unbiased"}, {"key": "b", "text": "Fill missing blood pressure with 0, so that the model can learn that the reading was absent"}, {"key": "c", "text": "Impute with a model that conditions on age and the other observed variables (e.g. IterativeImputer)"}, {"key": "d", "text": "Impute the overall mean blood pressure, which at least keeps the column''s average exactly unchanged"}]'::jsonb,
    explanation = 'Missingness depends on an observed variable (age), which is the MAR case: conditioning on age makes imputation approximately unbiased, so a model-based imputer that uses age (IterativeImputer, KNNImputer), fitted on training data, is appropriate. Dropping incomplete rows under-represents young patients and biases estimates, however many rows remain. The overall mean keeps the column average but ignores that young patients tend to have lower blood pressure, and 0 is an impossible value that distorts any distance- or linear-based model (a separate missing-indicator column is the way to let a model see absence).',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:missing-values-6')::uuid;
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:missing-values-7')::uuid,
     'A sensor''s temperature readings, sorted by time, have short gaps. Which call fills each gap with the last reading taken before it?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "df[''temperature''].bfill()"}, {"key": "b", "text": "df[''temperature''].interpolate()"}, {"key": "c", "text": "df[''temperature''].fillna(df[''temperature''].mean())"}, {"key": "d", "text": "df[''temperature''].ffill()"}]'::jsonb,
     '{"choice": "d"}'::jsonb,
     'ffill (forward fill) propagates the last valid observation forward, which for [20, NaN, NaN, 23] gives [20, 20, 20, 23]; it only uses past values, so it is also safe for real-time data. bfill copies the next valid reading backwards (23, 23), interpolate draws a straight line between neighbours (21, 22), and both use a reading taken after the gap. Mean filling ignores the time order entirely. The old spelling fillna(method=''ffill'') is deprecated in pandas 2.x.',
     -1.4,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:missing-values-7')::uuid, 'missing-values');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:missing-values-8')::uuid,
     'What does df.dropna() do with default arguments?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "It returns a new DataFrame without any of the rows that contain at least one missing value"}, {"key": "b", "text": "It returns a new DataFrame without the columns that contain at least one missing value"}, {"key": "c", "text": "It removes, in place, only the rows in which every value is missing, and returns None"}, {"key": "d", "text": "It removes the missing cells from each column separately and keeps the rest of each row"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'The defaults are axis=0, how=''any'' and inplace=False: every row with at least one NaN is dropped and a new DataFrame is returned. Columns are dropped with axis=1 (or axis=''columns''), rows that are entirely missing with how=''all'', and inplace=True modifies df and returns None. A DataFrame cannot drop single cells, since every column must keep the same index. Beware that one column which is empty everywhere makes dropna() remove every row.',
     -1.2,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:missing-values-8')::uuid, 'missing-values');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:missing-values-9')::uuid,
     'A training column contains [2, 4, NaN, 100, 6]. SimpleImputer(strategy=''median'') is fitted on it and transforms it. What value replaces the NaN?',
     'NUMERIC',
     null,
     '{"value": 5, "tolerance": 0}'::jsonb,
     'The imputer learns the median of the observed values 2, 4, 6 and 100, which is (4 + 6) / 2 = 5, and writes it into the gap. The default strategy=''mean'' would use (2 + 4 + 100 + 6) / 4 = 28, pulled up by the single extreme value; the median is the more robust choice for skewed columns. The NaN itself is ignored when the statistic is learned.',
     -0.6,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:missing-values-9')::uuid, 'missing-values');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:missing-values-10')::uuid,
     's = pd.Series([1.0, None, 3.0]). Which expressions return a number rather than NaN? Select all that apply.',
     'MULTIPLE_CHOICE',
     '[{"key": "a", "text": "s.mean()"}, {"key": "b", "text": "s.to_numpy().mean()"}, {"key": "c", "text": "s.sum()"}, {"key": "d", "text": "np.nanmean(s.to_numpy())"}, {"key": "e", "text": "s.mean(skipna=False)"}, {"key": "f", "text": "s.to_numpy().sum()"}]'::jsonb,
     '{"choices": ["a", "c", "d"]}'::jsonb,
     'pandas reductions skip missing values by default (skipna=True), so s.mean() is 2.0 and s.sum() is 4.0; NumPy''s nan-aware functions such as np.nanmean do the same. Plain NumPy reductions on the underlying array propagate NaN, and skipna=False restores that behaviour in pandas. This difference matters when code moves between pandas and NumPy: the same data gives 2.0 in one and NaN in the other.',
     -0.3,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:missing-values-10')::uuid, 'missing-values');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:missing-values-11')::uuid,
     'A colleague counts the missing values of a float column with (df[''x''] == np.nan).sum() and gets 0, although df[''x''].isna().sum() is 37. Why?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "NaN is unequal to every value, itself included, so each comparison is False"}, {"key": "b", "text": "sum() skips the NaN results of the comparison, so the matches are dropped"}, {"key": "c", "text": "The missing entries are stored as None, not NaN, so the test should use == None"}, {"key": "d", "text": "Comparisons with np.nan need the dtype object; call astype(object) first"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'By the IEEE 754 floating-point rules NaN == NaN is False, so the element-wise comparison is False everywhere and the sum is 0; missing values have to be found with isna() (or np.isnan for arrays). In a float column pandas stores missing values as NaN, and comparing with None is False everywhere as well. The comparison returns booleans, never NaN, so there is nothing for sum() to skip, and converting to object dtype does not make NaN equal to itself.',
     0.1,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:missing-values-11')::uuid, 'missing-values');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:missing-values-12')::uuid,
     'In a loan dataset, income is missing for 30% of applicants, and applicants without a stated income default twice as often. A colleague drops the incomplete rows and then trains a default-risk model. What goes wrong?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "Nothing serious: 70% of the rows remain, which is plenty for training a default model"}, {"key": "b", "text": "The model overfits, since dropping rows removes regularization that the missing values provided"}, {"key": "c", "text": "The model underestimates risk for applicants without income, a group it never saw in training"}, {"key": "d", "text": "Only the intercept is affected, so recalibrating the model on the kept rows will fix the problem"}]'::jsonb,
     '{"choice": "c"}'::jsonb,
     'Missingness here is informative: it is related to the target, so the kept rows have a lower default rate and a different mix of applicants than the ones that will be scored in production, where incomplete applications still arrive. Keep the rows, impute income and add a missing-indicator feature so the model can learn that a missing income signals risk. Sample size is not the issue, missing values provide no regularization, and recalibrating on the same biased rows reproduces the bias.',
     1.2,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:missing-values-12')::uuid, 'missing-values');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:missing-values-13')::uuid,
     'You fill the missing values of a covariate once with IterativeImputer, fit a linear regression on the completed data and report a coefficient with the usual 95% confidence interval. What is wrong with the interval?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "It is too wide, because the imputed values add random noise to the covariate"}, {"key": "b", "text": "It is biased, because IterativeImputer is only valid when the values are MCAR, not MAR"}, {"key": "c", "text": "It is too narrow: imputed values are treated as observed; use multiple imputation"}, {"key": "d", "text": "Nothing: after model-based imputation the data can be analysed as if complete"}]'::jsonb,
     '{"choice": "c"}'::jsonb,
     'A single imputation plugs in best guesses and then treats them as real measurements, so the analysis ignores the uncertainty about what the missing values were, and standard errors and intervals come out too small. Multiple imputation creates several completed datasets with random draws (e.g. IterativeImputer(sample_posterior=True) with different random_state values), fits the model on each and pools the results with Rubin''s rules, which widens the interval honestly. Model-based imputation is designed for MAR data, not only MCAR, and it adds no noise unless you ask it to sample.',
     1.4,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:missing-values-13')::uuid, 'missing-values');

-- ====================================================================================================
-- outlier-handling
-- ====================================================================================================
-- Correction: stem no longer shares 'plot' with the key only (issue 28)
update item set stem = 'Which chart type displays values beyond 1.5 x IQR from the quartiles as individual points, making outliers easy to spot?',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:outlier-handling-1')::uuid;
-- Correction: options rebalanced so that the key is not the longest (issue 28)
update item set choices = '[{"key": "a", "text": "Treat it as an entry error: correct it from the source, or else set it to missing"}, {"key": "b", "text": "Keep it: outliers are genuine extreme values, and removing them biases the data"}, {"key": "c", "text": "Cap it at the 99th percentile of age, so that the row keeps a plausible value"}, {"key": "d", "text": "Delete the customer from every table, since one wrong field makes the record unreliable"}]'::jsonb,
    explanation = 'An age of 240 is impossible, so it is an error, not a genuine extreme; the right fix is to correct it from the source or mark it missing and handle it like other missing ages. Capping it at the 99th percentile invents a plausible-looking but fabricated age and hides the error. Deleting the customer everywhere discards valid information such as their orders. Genuine extremes, by contrast, should usually be kept and handled with robust methods, which is why the first question is always whether a value can be real.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:outlier-handling-2')::uuid;
-- Correction: distractor (a) said 'always'; options rebalanced so that the key is not the longest (issue 28)
update item set choices = '[{"key": "a", "text": "Remove them, because such extreme amounts distort the fit for the typical transactions"}, {"key": "b", "text": "Replace them with the median amount so that the scale of the amount feature stays stable for training"}, {"key": "c", "text": "Keep them and check they are real: in fraud detection, extreme amounts can be the signal"}, {"key": "d", "text": "Cap them at the mean plus one standard deviation to limit their leverage on the model"}]'::jsonb,
    explanation = 'Whether an outlier is noise or signal depends on the problem. In fraud detection unusual transactions are often exactly what the model must learn to recognize, so removing or flattening them discards the most informative cases. Verify that they are not data errors, then use models that handle skew well (tree ensembles, log-transformed features). Median replacement and aggressive capping erase the very pattern you want to detect, and removing them makes the model blind to the cases that matter most.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:outlier-handling-5')::uuid;
-- Correction: options rebalanced so that the key is not the longest (issue 28)
update item set choices = '[{"key": "a", "text": "500 is not really an outlier here: z-scores are the right criterion, and its score stays below 3"}, {"key": "b", "text": "z-scores only detect values below the mean, so an upper-tail test is needed to flag 500"}, {"key": "c", "text": "The sample SD is the problem; with the population SD the z-score of 500 would clearly exceed 3"}, {"key": "d", "text": "500 inflates the mean and SD it is measured with; use a robust z-score (median and MAD)"}]'::jsonb,
    explanation = 'The outlier drags the mean toward itself and inflates the standard deviation, masking itself; with n = 10 the largest possible sample z-score is (n - 1) / sqrt(n), about 2.85, so the rule can never fire. A robust z-score, 0.6745 x (x - median) / MAD, uses statistics the outlier cannot distort: here the median is 11 and the MAD is 1, giving a score above 300. Using the population standard deviation only raises the z-score to just under 3 (2.99996), and z-scores work in both tails.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:outlier-handling-6')::uuid;
-- Correction: wrong options lengthened so that the correct ones are not all longer (issue 28)
update item set choices = '[{"key": "a", "text": "Capping values at the 1st and 99th percentiles (winsorizing)"}, {"key": "b", "text": "Applying a log transform to a positive, right-skewed variable"}, {"key": "c", "text": "Fitting a robust model, e.g. regression with Huber loss"}, {"key": "d", "text": "Dropping the rows whose z-score exceeds 3 in absolute value"}, {"key": "e", "text": "Rescaling the variable to the [0, 1] range with MinMaxScaler"}]'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:outlier-handling-4')::uuid;
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:outlier-handling-7')::uuid,
     'Which pandas call caps the values of s at 0 below and 500 above, keeping every row?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "s.where((s >= 0) & (s <= 500))"}, {"key": "b", "text": "s[s.between(0, 500)]"}, {"key": "c", "text": "s.quantile([0, 0.99])"}, {"key": "d", "text": "s.clip(lower=0, upper=500)"}]'::jsonb,
     '{"choice": "d"}'::jsonb,
     'clip replaces values below lower with lower and above upper with upper, so [-20, 5, 120, 700] becomes [0, 5, 120, 500] with the same length; with percentile bounds, e.g. s.clip(s.quantile(0.01), s.quantile(0.99)), this is winsorizing. where keeps the values that meet the condition and turns the others into NaN instead of capping them, and boolean indexing with between drops the rows outside the range. quantile only computes the bounds; it changes nothing.',
     -1.3,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:outlier-handling-7')::uuid, 'outlier-handling');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:outlier-handling-8')::uuid,
     'A few customers have incomes 100 times the typical value. For which model are the predictions least affected by these extreme values of the income feature (the target has no extremes)?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "Ordinary least squares regression"}, {"key": "b", "text": "k-nearest neighbors on standardized features"}, {"key": "c", "text": "A neural network trained on standardized inputs"}, {"key": "d", "text": "A random forest"}]'::jsonb,
     '{"choice": "d"}'::jsonb,
     'Tree splits compare a feature with a threshold, so only the order of the values matters: an income 100 times the typical one simply falls on the high side of a split, like any other high income. A linear model extrapolates along its slope, so an extreme input produces an extreme prediction and such points can pull the slope (high leverage). Standardizing does not remove the extremes: it divides by a standard deviation the outliers themselves inflate, so they still dominate distances in k-NN and saturate or dominate activations in a neural network. Extreme values in the target, by contrast, do affect a random forest''s leaf averages.',
     -1.1,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:outlier-handling-8')::uuid, 'outlier-handling');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:outlier-handling-9')::uuid,
     'A column holds 1,000,000 values drawn from a normal distribution and contains no errors at all. Roughly how many values does the rule |z| > 3 flag as outliers? Answer to the nearest hundred.',
     'NUMERIC',
     null,
     '{"value": 2700, "tolerance": 100}'::jsonb,
     'For a normal distribution P(|Z| > 3) = 2 x 0.00135 = 0.0027, so about 2,700 of a million perfectly valid values are flagged. A fixed z-threshold is a false-alarm rate, not a proof of error: in large datasets it always flags thousands of genuine points, so flagged values need investigation, and the threshold should reflect how many false alarms you can afford.',
     -0.4,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:outlier-handling-9')::uuid, 'outlier-handling');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:outlier-handling-10')::uuid,
     'Which statements about Tukey''s 1.5 x IQR rule for flagging outliers are true? Select all that apply.',
     'MULTIPLE_CHOICE',
     '[{"key": "a", "text": "For normally distributed data it flags only about 0.7% of the values"}, {"key": "b", "text": "In strongly right-skewed data it can flag many perfectly valid high values"}, {"key": "c", "text": "Its fences hardly move when a few more extreme values are added to a large sample"}, {"key": "d", "text": "It can flag unusually low values as well as unusually high ones"}, {"key": "e", "text": "Its fences are the mean plus and minus 1.5 standard deviations"}, {"key": "f", "text": "It flags about the same share of values whatever the shape of the distribution"}]'::jsonb,
     '{"choices": ["a", "b", "c", "d"]}'::jsonb,
     'The fences are Q1 - 1.5 x IQR and Q3 + 1.5 x IQR, so the rule works in both tails and, being built on quartiles, barely reacts to a few extra extremes (unlike mean and SD). For a normal distribution about 0.7% of values fall outside the fences, but the share depends on the shape: a log-normal with sigma 1 puts about 8% of its values above the upper fence although nothing is wrong, so in skewed data look at a log scale before calling points errors.',
     0.3,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:outlier-handling-10')::uuid, 'outlier-handling');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:outlier-handling-11')::uuid,
     'In a simple linear regression on 50 points, one point has an x value far from all the others and lies well off the trend of the rest. Removing it changes the slope from 2.1 to 0.4. Which statement is correct?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "It is an outlier in y only, which shifts the intercept but leaves the slope unchanged"}, {"key": "b", "text": "It is an influential point (high leverage and off-trend, so a large Cook''s distance); investigate it"}, {"key": "c", "text": "It has the largest residual in the fit, which is how least squares marks the points it should downweight"}, {"key": "d", "text": "Points far out in x have little effect on a least-squares slope, so such a change points to a bug"}]'::jsonb,
     '{"choice": "b"}'::jsonb,
     'Influence combines leverage (an unusual x value) with being off the pattern of the other points; Cook''s distance measures how much all fitted values move when the point is removed, and here the slope changes fivefold. A high-leverage point pulls the line toward itself, so its residual can be small and residual plots alone can miss it. Least squares does not downweight anything (robust regression does), points far out in x have the most potential effect on the slope, not the least, and the result should be reported with and without the point once it has been checked.',
     1.2,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:outlier-handling-11')::uuid, 'outlier-handling');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:outlier-handling-12')::uuid,
     'A colleague drops every row with |z| > 3 from both the training and the test set, then reports the test RMSE as the error to expect in production. What is the problem?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "Production data will contain such rows, so the reported test RMSE is too optimistic"}, {"key": "b", "text": "Nothing, because applying the same rule to both sets keeps them comparable"}, {"key": "c", "text": "The z-scores of the test rows should use the test set''s own mean and SD"}, {"key": "d", "text": "Only the training rows should keep their outliers; filtering the test set is fine"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'A test set estimates performance on the data the model will actually receive. Production traffic will include the extreme rows, often the hardest to predict, so evaluating on a filtered test set hides exactly the errors that will occur: report the error on the unfiltered test set, or keep a rule that production can also apply (for example routing extreme cases elsewhere) and evaluate that rule as part of the system. Filtering training rows can be a legitimate modelling choice; filtering the evaluation data is not. Statistics for the filter come from the training set, and test-set statistics would not fix the optimism.',
     1.4,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:outlier-handling-12')::uuid, 'outlier-handling');

-- ====================================================================================================
-- categorical-encoding
-- ====================================================================================================
-- Correction: distractors made specific and as long as the key; (c) is now a real misconception (issue 28)
update item set choices = '[{"key": "a", "text": "Map red = 1, green = 2, blue = 3 in a single numeric column"}, {"key": "b", "text": "One-hot encoding (one binary column per color, or k-1 columns)"}, {"key": "c", "text": "Replace each color by how often it occurs in the training data"}, {"key": "d", "text": "Keep the strings as they are; linear models encode text columns"}]'::jsonb,
    explanation = 'Nominal categories have no order, so one-hot encoding represents each color with its own indicator and lets the model learn a separate effect for each. Mapping them to 1, 2, 3 invents an order and equal spacing, forcing the model to treat blue as ''three times'' red. Frequency encoding forces a single linear effect of ''how common the color is'' and merges colors with equal counts, which says nothing about their own effects. scikit-learn''s linear models require numeric input and raise an error on strings.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:categorical-encoding-1')::uuid;
-- Correction: options rebalanced so that the key is not the longest (issue 28)
update item set choices = '[{"key": "a", "text": "No risk: OrdinalEncoder detects the natural order of the levels from the data"}, {"key": "b", "text": "OrdinalEncoder creates one column per level, so use OneHotEncoder to keep the order"}, {"key": "c", "text": "OrdinalEncoder accepts only numbers, so map the labels to integers with a dict first"}, {"key": "d", "text": "The default order is alphabetical; pass categories=[[...]] in the real order"}]'::jsonb,
    explanation = 'With categories=''auto'', OrdinalEncoder sorts the unique values, which for strings means alphabetical order (bachelor, high school, master, phd), so bachelor becomes 0 and high school 1, scrambling the real order. Passing categories=[[''high school'', ''bachelor'', ''master'', ''phd'']] encodes high school = 0, bachelor = 1, master = 2, phd = 3. It produces a single integer column per feature (that is its purpose), it accepts strings, and one-hot encoding discards the order rather than keeping it.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:categorical-encoding-2')::uuid;
-- Correction: options rebalanced so that the key is not the longest (issue 28)
update item set choices = '[{"key": "a", "text": "Refit the encoder on each production batch so that it learns the new categories"}, {"key": "b", "text": "Create it with handle_unknown=''ignore'' (or ''infrequent_if_exist'')"}, {"key": "c", "text": "Call pd.get_dummies on each production batch, which adds a column for ''crypto''"}, {"key": "d", "text": "Drop payment_method from the model, since its values change in production"}]'::jsonb,
    explanation = 'By default OneHotEncoder uses handle_unknown=''error''. With ''ignore'', an unseen category becomes a row of zeros in that feature''s columns (''infrequent_if_exist'' maps it to the infrequent bucket when min_frequency or max_categories is set), so the model still receives the column layout it was trained on. Refitting per batch or calling get_dummies per batch produces different columns from training, silently misaligning features. Dropping a useful feature to avoid a rare event throws away signal.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:categorical-encoding-4')::uuid;
-- Correction: options rebalanced so that the key is not the longest (issue 28)
update item set choices = '[{"key": "a", "text": "The four columns add up to the intercept column, so the coefficients are not unique"}, {"key": "b", "text": "The model is unable to represent regional differences unless one column is dropped, so predictions will be wrong"}, {"key": "c", "text": "There is no issue, because one-hot columns are linearly independent of one another"}, {"key": "d", "text": "The intercept becomes the mean of the target in the first region, as with k-1 columns"}]'::jsonb,
    explanation = 'This is the ''dummy variable trap'': the four indicator columns sum to 1 in every row, the same as the intercept column, so the design matrix is perfectly collinear and infinitely many coefficient combinations fit equally well; the individual coefficients cannot be interpreted. Predictions can still be fine (solvers return one of the equally good solutions), so the claim that predictions will be wrong is incorrect. The columns are pairwise different but not linearly independent together with the intercept. Dropping one level makes it the baseline, and only then does the intercept represent that reference region; regularized models tolerate the redundancy.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:categorical-encoding-6')::uuid;
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:categorical-encoding-7')::uuid,
     'df has a column color with the values ''red'' and ''blue'' and a numeric column x. Which columns does pd.get_dummies(df, columns=[''color'']) return?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "x, color_blue and color_red"}, {"key": "b", "text": "x, color_0 and color_1"}, {"key": "c", "text": "x, blue and red"}, {"key": "d", "text": "x and color_red"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'get_dummies replaces each listed column with one indicator column per category, named prefix_category with the column name as the prefix and categories in sorted order: color_blue and color_red (boolean in pandas 2.x). Other columns such as x pass through unchanged. Only drop_first=True would leave a single color_red column, and the names use the category values, not positions.',
     -1.3,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:categorical-encoding-7')::uuid, 'categorical-encoding');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:categorical-encoding-8')::uuid,
     'Which of these categorical features is ordinal, so that an integer encoding which keeps its order is meaningful?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "Country of residence: France, Japan, Brazil"}, {"key": "b", "text": "T-shirt size: S, M, L, XL"}, {"key": "c", "text": "Payment method: card, cash, bank transfer"}, {"key": "d", "text": "Device type: phone, tablet, desktop"}]'::jsonb,
     '{"choice": "b"}'::jsonb,
     'Sizes have a natural order (S < M < L < XL), so encoding them as 0, 1, 2, 3 with an explicit category order keeps real information. Countries, payment methods and device types are nominal: any integer mapping invents an order and spacing that a linear or distance-based model would take literally, so they are usually one-hot encoded (or target-encoded when there are many levels).',
     -1.4,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:categorical-encoding-8')::uuid, 'categorical-encoding');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:categorical-encoding-9')::uuid,
     'Which scikit-learn class is intended for encoding the target labels y of a classifier as 0 .. n_classes - 1 (and not for encoding input features)? Give the class name.',
     'SHORT_TEXT',
     null,
     '{"accepted": ["LabelEncoder", ".LabelEncoder", "LabelEncoder()", ".LabelEncoder()", "preprocessing.LabelEncoder", "preprocessing.LabelEncoder()", "sklearn.preprocessing.LabelEncoder", "sklearn.preprocessing.LabelEncoder()"]}'::jsonb,
     'LabelEncoder works on a 1-D array of labels, which is why it is meant for y; for input features use OrdinalEncoder (integer codes, with a configurable category order) or OneHotEncoder, which work column-wise on a 2-D X and fit into a ColumnTransformer. Most scikit-learn classifiers accept string labels directly and encode them internally.',
     -0.7,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:categorical-encoding-9')::uuid, 'categorical-encoding');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:categorical-encoding-10')::uuid,
     'A zip_code feature has 30,000 distinct values in a training set of 50,000 rows. Why is plain one-hot encoding a poor default for a linear model here?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "OneHotEncoder refuses features with more than 1,000 distinct categories by default"}, {"key": "b", "text": "One-hot encoding imposes an order on the zip codes that a linear model will misread"}, {"key": "c", "text": "Most of the 30,000 columns are nearly empty, so their coefficients are mostly noise"}, {"key": "d", "text": "Zip codes are numbers, so they should enter the model as a single numeric feature"}]'::jsonb,
     '{"choice": "c"}'::jsonb,
     'With 30,000 indicator columns for 50,000 rows, most zip codes occur only once or twice, so their coefficients are estimated from almost no data and overfit; the matrix is also very wide (though sparse). Better options are grouping rare values (min_frequency), coarser geography (the first digits), target encoding with cross-fitting, or hashing. OneHotEncoder has no such limit, one-hot encoding imposes no order, and treating zip codes as numbers would invent an order and distances that mean nothing.',
     -0.3,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:categorical-encoding-10')::uuid, 'categorical-encoding');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:categorical-encoding-11')::uuid,
     'A model is trained on features from pd.get_dummies and served on daily batches. Which statements are true? Select all that apply.',
     'MULTIPLE_CHOICE',
     '[{"key": "a", "text": "Called on a new batch, get_dummies creates columns only for the categories present in that batch"}, {"key": "b", "text": "A fitted OneHotEncoder outputs the columns learned in fit, even for a batch that lacks some categories"}, {"key": "c", "text": "get_dummies stores the training categories, so a later call on a batch reuses the training columns"}, {"key": "d", "text": "OneHotEncoder can encode numeric columns only, so string categories need get_dummies"}, {"key": "e", "text": "get_dummies drops the first category of each column by default to avoid collinearity"}]'::jsonb,
     '{"choices": ["a", "b"]}'::jsonb,
     'get_dummies is stateless: it looks only at the data it receives, so a batch without ''cash'' has no payment_cash column and a batch with a new value gains one, misaligning the features the model expects (unless you reindex to the training columns). OneHotEncoder learns categories_ in fit and always produces that layout, which is why it belongs in a Pipeline. OneHotEncoder handles strings, and get_dummies keeps every category unless drop_first=True.',
     0.5,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:categorical-encoding-11')::uuid, 'categorical-encoding');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:categorical-encoding-12')::uuid,
     'In a binary classification training set the overall positive rate is 0.20. Category A occurs in 4 rows, 3 of them positive. With smoothed target encoding, encoding = (n x category mean + m x overall mean) / (n + m) with m = 6, what is A''s encoding? Round to two decimals.',
     'NUMERIC',
     null,
     '{"value": 0.42, "tolerance": 0.005}'::jsonb,
     'n = 4 and A''s mean is 0.75, so the encoding is (4 x 0.75 + 6 x 0.20) / (4 + 6) = (3 + 1.2) / 10 = 0.42: a rare category is pulled strongly toward the overall rate, which limits overfitting to a handful of rows. scikit-learn''s TargetEncoder(smooth=6.0) gives the same value when fitted on these data (and by default uses cross-fitting in fit_transform so that rows do not see their own label). Without smoothing the encoding would be 0.75.',
     1.0,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:categorical-encoding-12')::uuid, 'categorical-encoding');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:categorical-encoding-13')::uuid,
     'A colleague maps ''city'' (50 levels) to the integers 0-49 in arbitrary order. A gradient-boosted tree model with this feature does well, while logistic regression with the same feature does poorly. What is the best explanation?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "Gradient-boosted trees reorder categories by target mean, so any integer encoding is fine"}, {"key": "b", "text": "Trees can carve the codes into groups with several splits; a linear model fits one slope"}, {"key": "c", "text": "Logistic regression needs standardized inputs, and the integer codes were not standardized"}, {"key": "d", "text": "The tree model overfits the codes, so its validation score is misleading and logistic is right"}]'::jsonb,
     '{"choice": "b"}'::jsonb,
     'Trees split on thresholds and can combine several splits to isolate whichever code ranges behave alike, so arbitrary integer codes still carry usable (if inefficient) information. Logistic regression gives the feature a single coefficient, so it assumes that the log-odds change steadily from city 0 to city 49, which arbitrary codes do not satisfy; one-hot or target encoding fixes that. Standardizing does not change the arbitrary order. Some libraries sort categories by target statistics, but only when the feature is declared categorical, not for plain integers, and a good validation score is not evidence of overfitting.',
     1.1,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:categorical-encoding-13')::uuid, 'categorical-encoding');

-- ====================================================================================================
-- feature-scaling
-- ====================================================================================================
-- Retired: it tested 'fit the scaler on training data only', which pipelines-data-leakage-1 keeps (issue 28)
update item set status = 'RETIRED', version = version + 1, updated_at = now() where id = md5('learnpath-seed-item:feature-scaling-4')::uuid;
-- Correction: options rebalanced; option (b) no longer duplicates an option of k-nearest-neighbors-4 (issue 28)
update item set choices = '[{"key": "a", "text": "Both features influence the distance equally, since each one enters it once"}, {"key": "b", "text": "Age dominates the distance, since it varies more from person to person"}, {"key": "c", "text": "Income dominates the distance, so age barely affects which neighbors are chosen"}, {"key": "d", "text": "KNeighborsClassifier standardizes each feature internally, so the units make no difference"}]'::jsonb,
    explanation = 'Euclidean distance adds squared differences, so a feature whose differences are measured in tens of thousands swamps one measured in years: two people 50 years apart but with equal incomes are ''closer'' than two of the same age whose incomes differ by 1,000. Entering the distance once says nothing about weight, and how much age varies relative to its mean does not matter; only the raw size of the differences does. scikit-learn''s KNeighborsClassifier does not scale for you, which is why it should sit in a Pipeline after a scaler.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:feature-scaling-1')::uuid;
-- Correction: options rebalanced; the key no longer repeats the stem's wording (issue 28)
update item set choices = '[{"key": "a", "text": "The scaled feature now follows a normal distribution with mean 0 and SD 1"}, {"key": "b", "text": "The extreme incomes are pulled in, so they no longer stand out as outliers"}, {"key": "c", "text": "Mean 0 and SD 1, same shape: a log or power transform shortens the tail"}, {"key": "d", "text": "The scaled values lie between -1 and 1, with the long tail squeezed near 1"}]'::jsonb,
    explanation = 'Standardization is a linear transformation (subtract the mean, divide by the standard deviation), so it changes location and units but not the shape of the distribution: skew and outliers remain, and the result is not normal. Nonlinear transforms such as log1p, Box-Cox or Yeo-Johnson (PowerTransformer) compress the long tail. Standardized values are unbounded; large incomes can have z-scores far above 1.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:feature-scaling-6')::uuid;
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:feature-scaling-7')::uuid,
     'What does scikit-learn''s StandardScaler do to each feature?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "Maps it linearly onto the range [0, 1]"}, {"key": "b", "text": "Subtracts the median and divides by the interquartile range"}, {"key": "c", "text": "Subtracts the mean and divides by the standard deviation"}, {"key": "d", "text": "Divides it by its maximum absolute value"}]'::jsonb,
     '{"choice": "c"}'::jsonb,
     'StandardScaler computes z = (x - mean) / standard deviation per feature (with the training data''s mean and population standard deviation), giving mean 0 and standard deviation 1. Mapping onto [0, 1] is MinMaxScaler, median and IQR is RobustScaler, and dividing by the maximum absolute value is MaxAbsScaler.',
     -1.4,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:feature-scaling-7')::uuid, 'feature-scaling');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:feature-scaling-8')::uuid,
     'A StandardScaler was fitted on training data in which a feature has mean 50 and standard deviation 10. What does it output for a new value of 72?',
     'NUMERIC',
     null,
     '{"value": 2.2, "tolerance": 0.001}'::jsonb,
     'z = (72 - 50) / 10 = 2.2: the value lies 2.2 training standard deviations above the training mean. The scaler reuses the statistics learned in fit for every later transform, so the same raw value always maps to the same number.',
     -1.2,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:feature-scaling-8')::uuid, 'feature-scaling');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:feature-scaling-9')::uuid,
     'A feature has a handful of extreme values. Which scikit-learn scaler centers it on the median and divides by the interquartile range, so that those few values barely change how the rest is scaled?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "MinMaxScaler"}, {"key": "b", "text": "RobustScaler"}, {"key": "c", "text": "StandardScaler"}, {"key": "d", "text": "MaxAbsScaler"}]'::jsonb,
     '{"choice": "b"}'::jsonb,
     'RobustScaler uses the median and the IQR (quantile_range=(25.0, 75.0) by default), statistics that a few extreme values hardly move, so the bulk of the data gets a sensible scale. It does not remove or cap the outliers, which stay far out. MinMaxScaler and MaxAbsScaler are set by the extremes themselves, squeezing everything else into a narrow band, and StandardScaler''s mean and standard deviation are inflated by them.',
     -1.1,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:feature-scaling-9')::uuid, 'feature-scaling');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:feature-scaling-10')::uuid,
     'A regression model is trained on a target that was standardized with a StandardScaler y_scaler. How do you report its predictions in the original units (dollars)?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "Multiply the predictions by the target''s training standard deviation only"}, {"key": "b", "text": "Fit a new scaler on the predictions and call its inverse_transform"}, {"key": "c", "text": "y_scaler.transform(pred.reshape(-1, 1)), applied once more"}, {"key": "d", "text": "y_scaler.inverse_transform(pred.reshape(-1, 1))"}]'::jsonb,
     '{"choice": "d"}'::jsonb,
     'inverse_transform undoes the fitted transformation, x = z x std + mean, with the statistics learned on the training target; scikit-learn''s TransformedTargetRegressor does this automatically. Multiplying by the standard deviation alone forgets to add the mean back. A scaler fitted on the predictions learns their statistics, not the target''s, and applying transform again standardizes a second time instead of undoing the first.',
     -0.5,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:feature-scaling-10')::uuid, 'feature-scaling');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:feature-scaling-11')::uuid,
     'X is a large scipy sparse TF-IDF matrix. Which of these can be fitted on X directly, keeping it sparse? Select all that apply.',
     'MULTIPLE_CHOICE',
     '[{"key": "a", "text": "MaxAbsScaler()"}, {"key": "b", "text": "StandardScaler(with_mean=False)"}, {"key": "c", "text": "StandardScaler()"}, {"key": "d", "text": "MinMaxScaler()"}, {"key": "e", "text": "RobustScaler()"}]'::jsonb,
     '{"choices": ["a", "b"]}'::jsonb,
     'Centering would subtract a non-zero mean from every zero entry and turn the matrix dense, so scikit-learn refuses it: StandardScaler() and RobustScaler() raise ''Cannot center sparse matrices'' (pass with_mean=False or with_centering=False), and MinMaxScaler does not support sparse input at all, because its shift would densify the matrix too. MaxAbsScaler only divides each column by its largest absolute value, and StandardScaler(with_mean=False) only divides by the standard deviation, so zeros stay zeros.',
     0.5,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:feature-scaling-11')::uuid, 'feature-scaling');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:feature-scaling-12')::uuid,
     'A colleague says that SVC(kernel=''rbf'', gamma=''scale'') adapts to the data''s scale, so standardizing the features is unnecessary. One informative feature has SD 1 and one noise feature has SD 1,000. Is the colleague right?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "Yes: gamma=''scale'' rescales each feature by its own variance before the kernel is applied"}, {"key": "b", "text": "Yes, provided C is tuned, because C compensates for differences in feature scale"}, {"key": "c", "text": "No, but only because RBF kernels are meant for features that lie between 0 and 1"}, {"key": "d", "text": "No: gamma=''scale'' is one number for all features, so the noise feature dominates"}]'::jsonb,
     '{"choice": "d"}'::jsonb,
     'gamma=''scale'' sets gamma = 1 / (n_features x X.var()), a single number computed from the variance of all values together; it makes the kernel width sensible overall but weights every feature equally in the squared distance, so the feature with SD 1,000 decides who is ''close''. In a simulation of exactly this setup, cross-validated accuracy was near chance without scaling and about 0.97 with StandardScaler in a pipeline. C trades margin against errors and cannot reweight features, and the RBF kernel works on any range once the features are comparable.',
     1.2,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:feature-scaling-12')::uuid, 'feature-scaling');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:feature-scaling-13')::uuid,
     'In a Ridge regression without any scaling, a colleague changes the income feature from dollars to thousands of dollars, and the predictions change slightly. With ordinary least squares they did not change. Why?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "Dividing by 1,000 loses floating-point precision, which Ridge amplifies but OLS does not"}, {"key": "b", "text": "The income coefficient must grow 1,000-fold, which the penalty charges, so the fit shifts"}, {"key": "c", "text": "Ridge standardizes the features internally, so the rescaling is applied twice"}, {"key": "d", "text": "OLS is refit from scratch, while Ridge keeps the coefficients of the earlier fit"}]'::jsonb,
     '{"choice": "b"}'::jsonb,
     'OLS is equivariant to rescaling a feature: the coefficient simply becomes 1,000 times larger and predictions are identical. Ridge penalizes alpha x (sum of squared coefficients), and a 1,000-fold larger coefficient is penalized a million times more, so the optimizer settles on a different compromise; the penalty depends on the units. Standardize features before penalized models so that the penalty treats them alike. Ridge does not scale internally, precision is not an issue at this size, and every fit starts from scratch.',
     1.0,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:feature-scaling-13')::uuid, 'feature-scaling');

-- ====================================================================================================
-- matplotlib-basics
-- ====================================================================================================
-- Correction: options rebalanced so that the key is not the longest (issue 28)
update item set choices = '[{"key": "a", "text": "savefig appends to an existing PNG file, so delete the old files before each run of the loop"}, {"key": "b", "text": "Matplotlib caches the plotted data until plt.show() is called, so call it before every plt.plot"}, {"key": "c", "text": "The DataFrames share memory with one another, so copy each one with .copy() before plotting"}, {"key": "d", "text": "plt.plot draws on the current Axes, which persists; make a new figure per dataset and close it"}]'::jsonb,
    explanation = 'pyplot''s state-machine functions act on the ''current'' figure and Axes, so without creating a new figure each iteration every plt.plot adds to the same Axes. Creating a figure explicitly per iteration (fig, ax = plt.subplots()), plotting with ax.plot, saving with fig.savefig and calling plt.close(fig) keeps plots independent and also prevents memory growth from many open figures. savefig overwrites files, the data are not cached until show(), and shared memory between DataFrames has nothing to do with what is drawn.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:matplotlib-basics-6')::uuid;
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:matplotlib-basics-7')::uuid,
     'fig, ax = plt.subplots() and a chart is drawn on ax. Which call writes the chart to a PNG file?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "ax.savefig(''chart.png'')"}, {"key": "b", "text": "plt.save(''chart.png'')"}, {"key": "c", "text": "fig.savefig(''chart.png'')"}, {"key": "d", "text": "fig.export(''chart.png'', format=''png'')"}]'::jsonb,
     '{"choice": "c"}'::jsonb,
     'savefig is a Figure method (fig.savefig), and pyplot''s plt.savefig saves the current figure; the file format follows the extension. An Axes has no savefig method, since it is only one panel of a figure, and pyplot has no save or export function, so those calls raise AttributeError.',
     -1.4,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:matplotlib-basics-7')::uuid, 'matplotlib-basics');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:matplotlib-basics-8')::uuid,
     'Which format string in ax.plot(x, y, fmt) draws a red dashed line?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "''r:''"}, {"key": "b", "text": "''r--''"}, {"key": "c", "text": "''r-.''"}, {"key": "d", "text": "''ro''"}]'::jsonb,
     '{"choice": "b"}'::jsonb,
     'A format string combines a color, a marker and a line style: ''r'' is red and ''--'' is dashed, so ''r--'' (or ''--r'') draws a red dashed line. '':'' is dotted, ''-.'' is dash-dot, and ''o'' sets circle markers with no line. The keyword form ax.plot(x, y, color=''red'', linestyle=''--'') is more explicit in shared code.',
     -1.2,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:matplotlib-basics-8')::uuid, 'matplotlib-basics');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:matplotlib-basics-9')::uuid,
     'On one Axes ax you plot monthly revenue (millions). You want conversion rate (%) on the same months with its own y-axis on the right. Which call gives you the Axes to plot it on?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "ax2 = ax.twiny()"}, {"key": "b", "text": "ax2 = ax.secondary_yaxis(''right'')"}, {"key": "c", "text": "ax2 = ax.twinx()"}, {"key": "d", "text": "ax2 = ax.inset_axes([0.6, 0.6, 0.35, 0.35])"}]'::jsonb,
     '{"choice": "c"}'::jsonb,
     'twinx creates a second Axes that shares the x-axis of ax and has an independent y-axis on the right, so ax2.plot(months, rate) gets its own scale. twiny does the opposite (shared y, second x-axis on top). secondary_yaxis only relabels the same data through a pair of conversion functions (e.g. Celsius and Fahrenheit), so independent data cannot be plotted on it, and inset_axes adds a small separate panel inside ax rather than a second scale on the same months. Two y-axes are easy to misread; two stacked panels with sharex=True are often clearer.',
     -0.6,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:matplotlib-basics-9')::uuid, 'matplotlib-basics');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:matplotlib-basics-10')::uuid,
     'In a 2 x 2 grid from plt.subplots, the x-axis labels of the top panels overlap the titles of the bottom panels. Which change fixes the spacing automatically?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "Call ax.margins(0.2) on each of the four Axes to add space around them"}, {"key": "b", "text": "Call fig.tight_layout(), or create the figure with layout=''constrained''"}, {"key": "c", "text": "Create the grid with plt.subplots(2, 2, sharex=True) so inner labels are shared"}, {"key": "d", "text": "Save at a higher resolution, e.g. fig.savefig(''grid.png'', dpi=300)"}]'::jsonb,
     '{"choice": "b"}'::jsonb,
     'tight_layout (or the constrained layout engine, plt.subplots(..., layout=''constrained'')) adjusts subplot positions so that labels, tick labels and titles do not overlap. margins adds padding inside each Axes'' data limits, not between Axes. sharex shares the axis and hides inner tick labels, but not inner axis labels or titles. dpi changes the resolution, not the layout in inches.',
     -0.3,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:matplotlib-basics-10')::uuid, 'matplotlib-basics');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:matplotlib-basics-11')::uuid,
     'A reusable plotting function receives an Axes object as its argument and must draw only on that panel, even when other figures are open. Which calls are safe inside it? Select all that apply.',
     'MULTIPLE_CHOICE',
     '[{"key": "a", "text": "ax.set_ylabel(''Churn rate'')"}, {"key": "b", "text": "plt.ylabel(''Churn rate'')"}, {"key": "c", "text": "ax.axhline(0, color=''gray'')"}, {"key": "d", "text": "plt.ylim(0, 1)"}, {"key": "e", "text": "plt.legend()"}]'::jsonb,
     '{"choices": ["a", "c"]}'::jsonb,
     'Axes methods such as set_ylabel and axhline act on the object they are called on. pyplot functions (plt.ylabel, plt.ylim, plt.legend) act on the current Axes, which may be a different Axes or even a different figure, for example the last one created elsewhere. Reusable plotting code therefore takes an ax argument and calls only its methods.',
     0.2,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:matplotlib-basics-11')::uuid, 'matplotlib-basics');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:matplotlib-basics-12')::uuid,
     'df[''date''] holds strings such as ''2024-01-01'' for 300 days with some days missing, and ax.plot(df[''date''], df[''sales'']) gives an x-axis with a tick label for every string and no visible gaps. What is the cause and the fix?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "The dates are not sorted; sort df by date and plot the same columns again"}, {"key": "b", "text": "Matplotlib parses the dates but shows every tick; call ax.set_xticks(ax.get_xticks()[::30])"}, {"key": "c", "text": "The figure is too narrow for 300 dates; create it with figsize=(30, 4) instead"}, {"key": "d", "text": "The strings are plotted as evenly spaced categories; convert with pd.to_datetime first"}]'::jsonb,
     '{"choice": "d"}'::jsonb,
     'Matplotlib treats strings as categorical values: each distinct string gets the next integer position with its own tick label, in order of appearance, so missing days leave no gap and 300 labels overlap. Converting with pd.to_datetime gives real dates, which Matplotlib places on a time scale with an automatic date locator and formatter, showing gaps and readable ticks. Sorting does not change the categorical treatment, thinning ticks hides labels but keeps the false even spacing, and a wider figure only spreads the same problem.',
     1.1,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:matplotlib-basics-12')::uuid, 'matplotlib-basics');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:matplotlib-basics-13')::uuid,
     'A helper does fig, axes = plt.subplots(1, n); axes[0].plot(x, y). It works for n = 3 but raises TypeError: ''Axes'' object is not subscriptable for n = 1. What is the best fix?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "Use plt.subplot(1, n, 1) instead of plt.subplots"}, {"key": "b", "text": "Call plt.subplots(1, n, squeeze=False) and index axes[0, i]"}, {"key": "c", "text": "Wrap the call as list(plt.subplots(1, n)) so that it is indexable"}, {"key": "d", "text": "Replace axes[0] with axes.flat[0], which works for any n"}]'::jsonb,
     '{"choice": "b"}'::jsonb,
     'By default plt.subplots squeezes its result: a 1 x 1 grid returns a single Axes, a 1 x n grid a 1-D array and an m x n grid a 2-D array, so code that indexes axes breaks for n = 1. squeeze=False always returns a 2-D array of shape (nrows, ncols), so axes[0, i] works for every n (np.atleast_1d(axes) is another fix). plt.subplot creates one Axes only, list() on the (fig, axes) tuple returns [fig, axes] and changes nothing, and a single Axes has no .flat attribute.',
     1.3,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:matplotlib-basics-13')::uuid, 'matplotlib-basics');

-- ====================================================================================================
-- pandas-plotting
-- ====================================================================================================
-- Correction: the stem no longer names the key ('box'); option (b) no longer near-duplicates pandas-plotting-4 (issue 28)
update item set stem = 'df has several numeric columns. Which call draws, in a single chart, each column''s quartiles, whiskers and outlier points side by side?',
    explanation = 'df.plot.box() (same as df.plot(kind=''box'')) draws a box for each numeric column side by side, a fast way to compare medians, spreads and outliers. plot.hist overlays histograms in one Axes, plot.area stacks the columns as filled areas along the index, and plot.line draws each column as a line over the index; none of them shows quartiles or outlier points.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:pandas-plotting-2')::uuid;
-- Correction: options rebalanced so that the key is not the longest (issue 28)
update item set choices = '[{"key": "a", "text": "A Matplotlib Figure; call fig.suptitle(''Sales'') on the returned object"}, {"key": "b", "text": "None; call plt.title(''Sales'') before df.plot so that the title is kept"}, {"key": "c", "text": "A seaborn FacetGrid; call g.set_titles(''Sales'') on the returned grid"}, {"key": "d", "text": "A Matplotlib Axes: ax = df.plot(kind=''bar''); ax.set_title(''Sales'')"}]'::jsonb,
    explanation = 'pandas plotting is a thin layer over Matplotlib and returns the Axes it drew on (an array of Axes with subplots=True), so you customize it with Axes methods such as set_title, set_ylabel or axhline, or pass ax= to draw into an existing subplot. It does not return a Figure or None, and seaborn objects are not involved; a title set with plt.title before the call lands on the previous figure, because df.plot without ax= starts a new one.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:pandas-plotting-3')::uuid;
-- Correction: options written on s = df['amount'] so that they no longer near-duplicate pandas-plotting-2 (issue 28)
update item set stem = 's = df[''amount''] is a numeric column. Which calls are appropriate for inspecting the DISTRIBUTION of its values? Select all that apply.',
    choices = '[{"key": "a", "text": "s.plot.pie()"}, {"key": "b", "text": "s.plot.line()"}, {"key": "c", "text": "s.plot.hist(bins=30)"}, {"key": "d", "text": "s.plot.box()"}, {"key": "e", "text": "s.plot.kde()"}]'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:pandas-plotting-4')::uuid;
-- Correction: options rebalanced so that the key is not the longest; the stem no longer shares 'columns' with the key only (issue 28)
update item set stem = 'df is in long format (fields date, region and sales; one row per date and region). You want one line per region over time. Which code does this?',
    choices = '[{"key": "a", "text": "df.plot(x=''date'', y=''sales'', label=''region'')"}, {"key": "b", "text": "df.pivot(index=''date'', columns=''region'', values=''sales'').plot()"}, {"key": "c", "text": "df.groupby([''date'', ''region''])[''sales''].sum().plot()"}, {"key": "d", "text": "df.sort_values([''region'', ''date'']).plot(x=''date'', y=''sales'', legend=True)"}]'::jsonb,
    explanation = 'pandas plots one line per column, so reshape to wide format first: dates as the index and one column per region (pivot works because there is one row per date and region; pivot_table with aggfunc=''sum'' would also combine duplicates). Sorting the long table and plotting sales still draws a single line that zig-zags between regions, and label=''region'' only names that one line. Grouping by date and region gives a Series with a two-level index, which also plots as one line unless you unstack(''region'') it.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:pandas-plotting-5')::uuid;
-- Correction: options rebalanced so that the key is not the longest (issue 28)
update item set choices = '[{"key": "a", "text": "groupby sorts the string keys alphabetically; make month an ordered Categorical"}, {"key": "b", "text": "Bar charts sort their bars by value; pass sort=False to plot(kind=''bar'')"}, {"key": "c", "text": "Matplotlib sorts categorical x-axes on its own, so call ax.invert_xaxis() after plotting"}, {"key": "d", "text": "Some months are missing from the data, so reindex with all 12 months to restore the order"}]'::jsonb,
    explanation = 'groupby sorts group keys by default (sort=True), and strings sort alphabetically, so the bar order follows the sorted index: Apr, Aug, Dec, Feb, ... Converting month to pd.Categorical(..., categories=[''Jan'', ..., ''Dec''], ordered=True) before grouping makes the sort follow the calendar, as does grouping by a numeric month and labelling afterwards. plot() has no sort option for bars, pandas bar charts draw the index in its given order (inverting the axis only reverses the alphabetical order), and missing months are a separate issue.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:pandas-plotting-6')::uuid;
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:pandas-plotting-7')::uuid,
     'counts = df[''region''].value_counts(). Which call draws it as a horizontal bar chart, with room for long region names?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "counts.plot.bar()"}, {"key": "b", "text": "counts.plot.barh()"}, {"key": "c", "text": "counts.plot.hist()"}, {"key": "d", "text": "counts.plot.area()"}]'::jsonb,
     '{"choice": "b"}'::jsonb,
     'plot.barh draws one horizontal bar per index label (here, per region), so long category names fit on the y-axis; plot.bar draws vertical bars. plot.hist would bin the counts themselves, showing how many regions have a given count, and plot.area draws a filled line, which implies an order between regions that does not exist.',
     -1.3,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:pandas-plotting-7')::uuid, 'pandas-plotting');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:pandas-plotting-8')::uuid,
     'df has a DatetimeIndex and three numeric columns. What does df.plot(subplots=True) draw?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "One panel with three lines and a separate small panel for the legend"}, {"key": "b", "text": "A 3 x 3 grid of scatter plots, one for each pair of columns"}, {"key": "c", "text": "One panel per column, each a line over the index, sharing the x-axis"}, {"key": "d", "text": "One panel per row of df, each showing the three values as bars"}]'::jsonb,
     '{"choice": "c"}'::jsonb,
     'subplots=True gives each column its own Axes (returned as an array of Axes), stacked vertically with a shared x-axis by default, which helps when the columns have very different scales. Without it all three lines share one Axes. A grid of pairwise scatter plots is pandas.plotting.scatter_matrix (or seaborn''s pairplot).',
     -1.1,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:pandas-plotting-8')::uuid, 'pandas-plotting');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:pandas-plotting-9')::uuid,
     'ax = df_2023.plot(x=''month'', y=''revenue'', label=''2023''), then df_2024.plot(x=''month'', y=''revenue'', ax=ax, label=''2024''); ax.legend(). What is the effect of ax=ax in the second call?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "It draws the 2024 line into the same Axes, so both lines share one chart"}, {"key": "b", "text": "It copies the styling of the first chart into a new figure for the 2024 data"}, {"key": "c", "text": "It returns a new Axes that shares only the x-axis with the first chart"}, {"key": "d", "text": "It replaces the 2023 line with the 2024 line and keeps the axis labels"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'pandas draws into the Axes passed as ax instead of creating a new figure, and returns that same Axes, so both lines end up on one chart and legend() lists both labels. Without ax=, DataFrame.plot starts a new figure each time (Series.plot, by contrast, draws on pyplot''s current Axes, which is easy to get wrong in loops), so passing ax explicitly is the reliable way to combine plots or place them in a grid from plt.subplots, e.g. df.plot(ax=axes[0, 1]).',
     -0.4,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:pandas-plotting-9')::uuid, 'pandas-plotting');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:pandas-plotting-10')::uuid,
     'Which calls draw a scatter plot of income against age with the points colored by the numeric column ''score''? Select all that apply.',
     'MULTIPLE_CHOICE',
     '[{"key": "a", "text": "df.plot.scatter(x=''age'', y=''income'', c=''score'')"}, {"key": "b", "text": "df.plot(x=''age'', y=''income'', c=''score'')"}, {"key": "c", "text": "df.plot.scatter(x=''age'', y=''income'', hue=''score'')"}, {"key": "d", "text": "df.plot(kind=''scatter'', x=''age'', y=''income'', c=''score'')"}, {"key": "e", "text": "df.plot.scatter(x=''age'', y=''income'', s=''score'')"}]'::jsonb,
     '{"choices": ["a", "d"]}'::jsonb,
     'In pandas the scatter kind takes c= with a column name and maps its values through a colormap with a colorbar; plot.scatter(...) and plot(kind=''scatter'', ...) are the same call. Without kind=''scatter'', df.plot draws a line and passes c on to Matplotlib as a color, which ''score'' is not (ValueError). hue is seaborn''s parameter, not pandas'' (it raises an error), and s=''score'' maps the column to marker sizes, not colors.',
     -0.2,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:pandas-plotting-10')::uuid, 'pandas-plotting');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:pandas-plotting-11')::uuid,
     'm is a Series of 36 monthly values with a month-end DatetimeIndex. m.plot() shows a tidy date axis, but m.plot(kind=''bar'') labels the bars ''2021-01-31 00:00:00'', ''2021-02-28 00:00:00'', ... What is the reason?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "The kind=''bar'' call drops the DatetimeIndex frequency, which line plots need to space dates"}, {"key": "b", "text": "Bar plots treat the index as categories and label each bar with the full str() of its value"}, {"key": "c", "text": "Bar charts are unable to show dates at all, so the index has to be converted to integers"}, {"key": "d", "text": "The index was parsed in the wrong time zone, which adds the 00:00:00 time to every label"}]'::jsonb,
     '{"choice": "b"}'::jsonb,
     'pandas bar plots place bars at positions 0, 1, 2, ... and use each index value''s string form as the tick label, so timestamps appear in full; line plots of a DatetimeIndex use a real time axis with date formatting. Set readable labels yourself, e.g. m.index = m.index.strftime(''%Y-%m'') before plotting, or draw a line plot when time is continuous. Frequency and time zone do not create the time part of the label, and bar charts can show dates once the labels are formatted.',
     1.1,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:pandas-plotting-11')::uuid, 'pandas-plotting');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:pandas-plotting-12')::uuid,
     'df has columns age (years, 18-90) and income (dollars, 10,000-500,000). A colleague calls df.plot.hist(bins=30) to look at both distributions. What do they get?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "One Axes with both histograms overlaid on shared bins, with every age in the first bin"}, {"key": "b", "text": "Two panels, one histogram per column, each with 30 bins fitted to its own range"}, {"key": "c", "text": "One Axes with a single histogram of all values pooled, labeled with both column names"}, {"key": "d", "text": "A 2-D histogram of age against income, with 30 bins along each of the two axes"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'DataFrame.plot.hist draws every column into the same Axes using one set of bins spanning the combined range (about 18 to 500,000), so all ages fall into the first bin and the chart is useless for age. df.hist(bins=30) gives each column its own panel and its own bins (df.plot.hist(subplots=True) separates the panels but keeps the shared bins). plot.hist never pools the columns into one histogram, and a 2-D histogram needs plot.hexbin or Matplotlib''s hist2d.',
     1.3,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:pandas-plotting-12')::uuid, 'pandas-plotting');

-- ====================================================================================================
-- seaborn-statistical-plots
-- ====================================================================================================
-- Correction: accept every equivalent form, e.g. hue="segment" (issue 28)
update item set answer = '{"accepted": ["hue", "hue=\"segment\"", "hue=''segment''", "hue = \"segment\"", "hue = ''segment''", "hue=segment", "hue = segment", "hue=", "hue =", "the hue parameter", "hue parameter", "hue argument", "the hue argument"]}'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:seaborn-statistical-plots-1')::uuid;
-- Correction: options rebalanced so that the key is not the longest (issue 28)
update item set choices = '[{"key": "a", "text": "sns.boxplot(data=df, x=''region'', y=''delivery_time'')"}, {"key": "b", "text": "sns.barplot(data=df, x=''region'', y=''delivery_time'', estimator=''median'')"}, {"key": "c", "text": "sns.violinplot(data=df, x=''region'', y=''delivery_time'')"}, {"key": "d", "text": "sns.pointplot(data=df, x=''region'', y=''delivery_time'')"}]'::jsonb,
    explanation = 'A violin plot draws a kernel density estimate for each group, so two peaks appear as two bulges. A box plot reduces each group to quartiles and whiskers and hides multimodality; two very different distributions can have identical boxes. barplot (with any estimator, the median included) and pointplot show one summary value per group with an error bar, so the shape is lost.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:seaborn-statistical-plots-2')::uuid;
-- Correction: options rebalanced so that the key is not the longest (issue 28)
update item set choices = '[{"key": "a", "text": "Because heatmap raises an error for negative values unless the range is given"}, {"key": "b", "text": "So that 0 sits at the neutral middle color and colors compare across charts"}, {"key": "c", "text": "To hide the diagonal of ones, which would otherwise dominate the color scale"}, {"key": "d", "text": "To sort the variables by the strength of their correlation with each other"}]'::jsonb,
    explanation = 'Without fixed limits, seaborn stretches the colormap over the observed data range, so if the weakest correlation in the matrix is 0.1 it is drawn in the deepest blue, as if it were strongly negative. Fixing the range at [-1, 1] (or using center=0) makes zero neutral and color intensity comparable between heatmaps. heatmap handles negative values fine, hiding the diagonal needs the mask parameter, and ordering variables requires reordering the matrix, e.g. with clustermap.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:seaborn-statistical-plots-3')::uuid;
-- Correction: options rebalanced; the distractors no longer carry 'must' (issue 28)
update item set choices = '[{"key": "a", "text": "displot needs tidy data, so melt df into long format before passing it in"}, {"key": "b", "text": "axes[0] has to be converted into a Figure before it can be passed as ax"}, {"key": "c", "text": "plt.show() has to be called before displot to release the existing grid"}, {"key": "d", "text": "displot is figure-level and ignores ax; use sns.histplot(..., ax=axes[0])"}]'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:seaborn-statistical-plots-4')::uuid;
-- Correction: wrong options lengthened so that the correct ones are not all longer (issue 28)
update item set choices = '[{"key": "a", "text": "It works best with long (tidy) data: one row per observation and one column per variable"}, {"key": "b", "text": "To compare three wide columns q1, q2 and q3 in one boxplot with the quarter on the x-axis, melt them into long form first"}, {"key": "c", "text": "sns.relplot(data=df, x=''x'', y=''y'', col=''region'', col_wrap=3) creates one panel per region, three panels per row"}, {"key": "d", "text": "The hue parameter only accepts numeric columns, which it maps to a continuous palette"}, {"key": "e", "text": "pairplot requires data in long format, with a ''variable'' column and a ''value'' column"}]'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:seaborn-statistical-plots-5')::uuid;
-- Correction: options rebalanced so that the key is not the longest; distractor (b) no longer says 'cannot' (issue 28)
update item set choices = '[{"key": "a", "text": "VIP spend varies so little that the KDE bandwidth collapses to a flat line"}, {"key": "b", "text": "KDE needs at least 1,000 points, so smaller groups are drawn as a flat line"}, {"key": "c", "text": "common_norm=True scales each curve by its group''s share; set common_norm=False"}, {"key": "d", "text": "hue_order puts VIP last, so its curve is drawn underneath the regular one"}]'::jsonb,
    explanation = 'By default kdeplot (and histplot with a density or probability stat) normalizes all hue groups together, so each curve''s area is proportional to its group''s share of the data; a group with 1% of the rows gets a curve with 1% of the area. common_norm=False normalizes each group separately so their shapes can be compared directly. Little variation would give a tall narrow peak, not a flat line; KDE works for small samples (with more smoothing uncertainty), and drawing order does not change a curve''s height.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:seaborn-statistical-plots-6')::uuid;
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:seaborn-statistical-plots-7')::uuid,
     'Which seaborn call draws one bar per customer segment whose height is the number of rows in that segment?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "sns.barplot(data=df, x=''segment'', y=''amount'')"}, {"key": "b", "text": "sns.countplot(data=df, x=''segment'')"}, {"key": "c", "text": "sns.stripplot(data=df, x=''segment'')"}, {"key": "d", "text": "sns.pointplot(data=df, x=''segment'', y=''amount'')"}]'::jsonb,
     '{"choice": "b"}'::jsonb,
     'countplot counts the observations in each category and draws the counts as bars, the categorical equivalent of a histogram. barplot and pointplot show an estimate (the mean by default) of a numeric y per category, not counts, and stripplot draws one point per row.',
     -1.3,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:seaborn-statistical-plots-7')::uuid, 'seaborn-statistical-plots');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:seaborn-statistical-plots-8')::uuid,
     'With default settings, what does the height of each bar in sns.barplot(data=df, x=''region'', y=''sales'') show?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "The mean of sales in each region"}, {"key": "b", "text": "The total of sales in each region"}, {"key": "c", "text": "The number of rows in each region"}, {"key": "d", "text": "The median of sales in each region"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'barplot aggregates y per category with estimator=''mean'' and draws an error bar for the 95% confidence interval of that mean (errorbar=(''ci'', 95), computed by bootstrapping). For totals pass estimator=''sum'' (or aggregate first), for counts use countplot, and for medians pass estimator=''median''. Reading a barplot of means as totals is a common reporting mistake.',
     -1.1,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:seaborn-statistical-plots-8')::uuid, 'seaborn-statistical-plots');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:seaborn-statistical-plots-9')::uuid,
     'What does sns.pairplot(df, hue=''species'') draw for a DataFrame with four numeric columns and a species column?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "A 4 x 4 heatmap of the pairwise correlations between the numeric columns, one color per species"}, {"key": "b", "text": "One scatter plot of the first two numeric columns, with one panel per species"}, {"key": "c", "text": "A 4 x 4 grid of pairwise scatter plots, with per-species density curves on the diagonal"}, {"key": "d", "text": "Four histograms, one per numeric column, with the species stacked inside each bar"}]'::jsonb,
     '{"choice": "c"}'::jsonb,
     'pairplot builds a PairGrid over the numeric columns: off-diagonal cells are scatter plots of one column against another, and diagonal cells show each column''s distribution, as KDE curves per hue level when hue is given (histograms without hue). It is a quick bivariate overview in EDA. It computes no correlations (use sns.heatmap(df.corr(numeric_only=True))), and hue colors the points instead of faceting them.',
     -0.7,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:seaborn-statistical-plots-9')::uuid, 'seaborn-statistical-plots');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:seaborn-statistical-plots-10')::uuid,
     'In seaborn 0.12 and later, which parameter of barplot, pointplot and lineplot chooses what the error bars show, e.g. the standard deviation or a 95% confidence interval? Give the parameter name.',
     'SHORT_TEXT',
     null,
     '{"accepted": ["errorbar", "errorbar=\"sd\"", "errorbar=''sd''", "errorbar = \"sd\"", "errorbar = ''sd''", "errorbar=(\"ci\",95)", "errorbar=(''ci'',95)", "errorbar=(\"ci\", 95)", "errorbar=(''ci'', 95)", "errorbar = (\"ci\",95)", "errorbar = (''ci'',95)", "errorbar = (\"ci\", 95)", "errorbar = (''ci'', 95)", "errorbar=\"ci\"", "errorbar=''ci''", "errorbar = \"ci\"", "errorbar = ''ci''", "errorbar=None", "errorbar = None", "errorbar=", "errorbar =", "the errorbar parameter", "errorbar parameter", "errorbar argument"]}'::jsonb,
     'errorbar accepts ''ci'', ''pi'', ''se'' or ''sd'' with an optional width, e.g. errorbar=(''ci'', 95) (the default), errorbar=''sd'' or errorbar=(''pi'', 50), and None to hide the bars; it replaced the older ci= parameter. Always say in the caption which one is shown: a standard deviation describes the spread of the data, while a confidence interval describes the uncertainty of the mean and shrinks as the sample grows.',
     -0.3,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:seaborn-statistical-plots-10')::uuid, 'seaborn-statistical-plots');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:seaborn-statistical-plots-11')::uuid,
     'A scatter plot of 1,000,000 transactions (amount against duration) is a solid blob. Which changes make the density of points visible? Select all that apply.',
     'MULTIPLE_CHOICE',
     '[{"key": "a", "text": "Draw the points with a low alpha, e.g. alpha=0.05"}, {"key": "b", "text": "Use sns.histplot(data=df, x=''amount'', y=''duration'') for a 2-D histogram"}, {"key": "c", "text": "Use sns.jointplot(data=df, x=''amount'', y=''duration'', kind=''hex'')"}, {"key": "d", "text": "Make the markers smaller, e.g. s=2"}, {"key": "e", "text": "Make the markers larger, so each point is easier to see"}, {"key": "f", "text": "Add hue=''amount'', so points are colored by their own x value"}]'::jsonb,
     '{"choices": ["a", "b", "c", "d"]}'::jsonb,
     'Overplotting hides density because one opaque marker looks the same as a thousand stacked ones. Transparency lets stacked points accumulate into darker areas, smaller markers overlap less, and binning into a 2-D histogram or hexagons shows counts directly (better still on a log color scale). Larger markers make the overlap worse, and coloring by amount repeats the x-axis in color without revealing how many points sit where.',
     0.6,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:seaborn-statistical-plots-11')::uuid, 'seaborn-statistical-plots');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:seaborn-statistical-plots-12')::uuid,
     'df has one row per store and day. sns.lineplot(data=df, x=''date'', y=''sales'') draws a single line with a shaded band around it. What do the line and the band show?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "The line joins the first store''s values; the band spans the other stores'' min to max"}, {"key": "b", "text": "The line is the total sales per date; the band is one SD of the daily totals"}, {"key": "c", "text": "The line is a smoothed trend through all rows; the band is the regression''s CI"}, {"key": "d", "text": "The line is the mean sales over stores per date; the band is a 95% CI for that mean"}]'::jsonb,
     '{"choice": "d"}'::jsonb,
     'When several rows share an x value, lineplot aggregates them with estimator=''mean'' and draws errorbar=(''ci'', 95) as a band (bootstrapped). So it shows the mean per store, not total sales, and the band is uncertainty about that mean, not the spread of stores. For totals, aggregate first (df.groupby(''date'')[''sales''].sum()); for one line per store use hue=''store'' or units=''store'' with estimator=None. lineplot fits no regression; that is regplot or lmplot.',
     1.1,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:seaborn-statistical-plots-12')::uuid, 'seaborn-statistical-plots');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:seaborn-statistical-plots-13')::uuid,
     'A violin plot of delivery times (all positive, a few under 1 minute) shows density extending below 0 minutes. What causes this, and what is the fix?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "The KDE is drawn past the data range (cut=2 bandwidths); pass cut=0"}, {"key": "b", "text": "The data contain negative delivery times, so filter the rows below zero first"}, {"key": "c", "text": "The y-axis starts below zero by default; call ax.set_ylim(bottom=0)"}, {"key": "d", "text": "Violins mirror every distribution around zero; switch to a boxplot"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'violinplot draws a kernel density estimate, and by default extends it 2 bandwidths beyond the most extreme data points (cut=2), so a positive variable close to zero gets density below zero. cut=0 limits the violin to the observed range (for strongly bounded data a boxplot or histogram can be clearer). No negative values are needed for this, clipping the y-axis only hides part of the shape, and the violin is mirrored around its own center line, not around zero.',
     1.3,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:seaborn-statistical-plots-13')::uuid, 'seaborn-statistical-plots');

-- ====================================================================================================
-- plotly-interactive-charts
-- ====================================================================================================
-- Correction: the stem no longer shares 'hover' with the key only (issue 28)
update item set stem = 'With Plotly Express, which argument adds extra columns (e.g. population and continent) to the tooltip that appears when the mouse rests on a point in px.scatter(df, x=''gdp'', y=''life_exp'', ...)?',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:plotly-interactive-charts-1')::uuid;
-- Correction: accept every equivalent form, e.g. animation_frame='year' (issue 28)
update item set answer = '{"accepted": ["animation_frame", "animation_frame=\"year\"", "animation_frame=''year''", "animation_frame = \"year\"", "animation_frame = ''year''", "animation_frame=", "animation_frame =", "animation frame", "the animation_frame argument"]}'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:plotly-interactive-charts-2')::uuid;
-- Correction: the stem no longer names the library the key names; options rebalanced (issue 28)
update item set stem = 'A colleague without Python needs to explore your interactive figure on a laptop that may be offline. What should you send?',
    choices = '[{"key": "a", "text": "The file from fig.write_html(''chart.html''), which embeds plotly.js by default"}, {"key": "b", "text": "The PNG from fig.write_image(''chart.png''), which keeps the hover tooltips"}, {"key": "c", "text": "The text from fig.to_json(), which any web browser opens as an interactive chart"}, {"key": "d", "text": "A screenshot of fig.show(), annotated with the values they are likely to need"}]'::jsonb,
    explanation = 'write_html saves a self-contained HTML page; with the default include_plotlyjs=True the plotly.js library is embedded, so hovering, zooming and filtering work in any browser without a network connection (include_plotlyjs=''cdn'' makes the file smaller but needs internet access). write_image and screenshots are static images without tooltips or zoom, and raw JSON is only data: it needs plotly.js to render.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:plotly-interactive-charts-3')::uuid;
-- Correction: options rebalanced so that the key is not the longest (issue 28)
update item set choices = '[{"key": "a", "text": "fig.update_traces(size=12, line=dict(width=1, color=''black''))"}, {"key": "b", "text": "px.scatter(df, x=''x'', y=''y'', color=''group'', size=12)"}, {"key": "c", "text": "fig.update_traces(marker=dict(size=12, line=dict(width=1, color=''black'')))"}, {"key": "d", "text": "fig.update_layout(marker_size=12, marker_line_width=1, marker_line_color=''black'')"}]'::jsonb,
    explanation = 'A Plotly Express figure is a regular graph_objects Figure, so trace properties such as marker size and outline are changed with update_traces, which applies to every trace (one per color group here) unless you pass a selector; size and outline live under marker (marker.size, marker.line). A scatter trace has no top-level size property, and its line is the connecting line, so the first call raises ValueError. The layout has no marker at all, and in px.scatter size expects a column whose values scale the markers, not a constant.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:plotly-interactive-charts-4')::uuid;
-- Correction: options rebalanced so that the key is not the longest (issue 28)
update item set choices = '[{"key": "a", "text": "Set color_continuous_scale=''Viridis'' so that the country colors become visible"}, {"key": "b", "text": "Convert gdp_per_capita to strings so that each country gets a discrete color"}, {"key": "c", "text": "Use px.scatter_geo instead, since choropleths need latitude and longitude columns"}, {"key": "d", "text": "Pass locationmode=''country names'' (or use ISO-3 codes such as ''FRA'')"}]'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:plotly-interactive-charts-6')::uuid;
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:plotly-interactive-charts-7')::uuid,
     'Which Plotly module provides one-call functions such as scatter(df, x=..., y=..., color=...) that build a complete figure from a tidy DataFrame?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "plotly.graph_objects"}, {"key": "b", "text": "plotly.express"}, {"key": "c", "text": "plotly.io"}, {"key": "d", "text": "plotly.subplots"}]'::jsonb,
     '{"choice": "b"}'::jsonb,
     'plotly.express (imported as px) is the high-level interface: one call maps DataFrame columns to x, y, color, facets and hover data and returns a ready Figure. plotly.graph_objects (go) is the lower-level layer of Figure and trace classes that px builds on, plotly.io handles reading, writing and rendering figures, and plotly.subplots.make_subplots creates multi-panel layouts by hand.',
     -1.4,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:plotly-interactive-charts-7')::uuid, 'plotly-interactive-charts');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:plotly-interactive-charts-8')::uuid,
     'fig = px.line(df, x=''month'', y=''sales''). Which call sets the chart title to ''Monthly sales''?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "fig.update_traces(title=''Monthly sales'')"}, {"key": "b", "text": "fig.set_title(''Monthly sales'')"}, {"key": "c", "text": "fig.update_layout(title_text=''Monthly sales'')"}, {"key": "d", "text": "fig.update_xaxes(title_text=''Monthly sales'')"}]'::jsonb,
     '{"choice": "c"}'::jsonb,
     'The title belongs to the figure''s layout, so update_layout(title_text=...) (or title=...) sets it; px functions also accept title= directly. Traces have no title property (ValueError), set_title is Matplotlib''s Axes method and does not exist on a Plotly Figure, and update_xaxes(title_text=...) labels the x-axis instead.',
     -1.1,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:plotly-interactive-charts-8')::uuid, 'plotly-interactive-charts');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:plotly-interactive-charts-9')::uuid,
     'px.bar(df, x=''region'', y=''sales'', color=''year'') with year as strings ''2023'' and ''2024'' shows the two years on top of each other in one bar per region. How do you put them side by side?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "Add facet_col=''year'' to the px.bar call"}, {"key": "b", "text": "Convert year to integers before plotting"}, {"key": "c", "text": "Call fig.update_traces(offsetgroup=None)"}, {"key": "d", "text": "Add barmode=''group'' to the px.bar call"}]'::jsonb,
     '{"choice": "d"}'::jsonb,
     'With color splitting the bars, px.bar defaults to barmode=''relative'', which stacks them (negative values below zero); barmode=''group'' places them next to each other within each region. facet_col would put each year in its own panel, not side by side within one. Integer years would switch color to a continuous scale and still stack, and offsetgroup=None leaves the stacking as it is.',
     -0.5,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:plotly-interactive-charts-9')::uuid, 'plotly-interactive-charts');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:plotly-interactive-charts-10')::uuid,
     'You plot k-means results with px.scatter(df, x=''pc1'', y=''pc2'', color=''cluster''), where cluster holds the integers 0-4. You get a continuous color bar instead of five distinct colors in a legend. What is the fix?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "Set color_discrete_sequence=px.colors.qualitative.Set1"}, {"key": "b", "text": "Add range_color=[0, 4] to the px.scatter call"}, {"key": "c", "text": "Sort df by cluster before calling px.scatter"}, {"key": "d", "text": "Pass color=df[''cluster''].astype(str)"}]'::jsonb,
     '{"choice": "d"}'::jsonb,
     'Plotly Express maps numeric color columns to a continuous color scale and non-numeric ones to discrete colors, one trace per value with a legend entry. Cluster labels are categories, so convert them to strings (or a categorical type). color_discrete_sequence only applies once the colors are discrete, range_color adjusts the continuous scale, and sorting changes nothing about the type.',
     0.4,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:plotly-interactive-charts-10')::uuid, 'plotly-interactive-charts');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:plotly-interactive-charts-11')::uuid,
     'A Plotly figure has to go into a printed report as a vector graphic, with no interactivity. Which calls export such a file (with the kaleido package installed)? Select all that apply.',
     'MULTIPLE_CHOICE',
     '[{"key": "a", "text": "fig.write_image(''fig.pdf'')"}, {"key": "b", "text": "fig.write_image(''fig.svg'')"}, {"key": "c", "text": "fig.write_html(''fig.html'')"}, {"key": "d", "text": "fig.to_json()"}, {"key": "e", "text": "fig.show()"}]'::jsonb,
     '{"choices": ["a", "b"]}'::jsonb,
     'write_image exports static PNG, JPEG, SVG or PDF files through the kaleido engine, the format following the file extension; the vector formats SVG and PDF stay sharp at any print size. write_html produces an interactive web page, to_json a JSON description of the figure, and show() renders it in a notebook or browser; none of them is a static image file.',
     0.2,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:plotly-interactive-charts-11')::uuid, 'plotly-interactive-charts');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:plotly-interactive-charts-12')::uuid,
     'px.line(df, x=''date'', y=''sales'') draws a line that jumps back and forth across the chart, although every date occurs once. What is the most likely cause?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "date is stored as strings, so Plotly treats the dates as categories on the x-axis"}, {"key": "b", "text": "The sales column contains NaN values, which px.line draws as jumps to zero"}, {"key": "c", "text": "px.line needs a color argument whenever x holds dates, to group the points"}, {"key": "d", "text": "The rows of df are not sorted by date, and the line connects points in row order"}]'::jsonb,
     '{"choice": "d"}'::jsonb,
     'A line trace joins the points in the order they appear in the data; Plotly places each point at its x position but does not sort, so unsorted dates make the line zig-zag. Use df.sort_values(''date'') before plotting. Date strings in ISO format are recognized as dates, and even as categories they would not make the line jump back. Missing values leave gaps (connectgaps=False), not drops to zero, and color only splits the data into several lines.',
     1.0,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:plotly-interactive-charts-12')::uuid, 'plotly-interactive-charts');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:plotly-interactive-charts-13')::uuid,
     'px.scatter on 2 million rows produces an HTML file of tens of megabytes that makes browsers stall. Which change addresses the cause?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "Aggregate before plotting, e.g. px.density_heatmap, or plot a sample of the rows"}, {"key": "b", "text": "Save with write_html(include_plotlyjs=''cdn'') so that the library is left out of the file"}, {"key": "c", "text": "Pass render_mode=''webgl'' so that the browser draws the points on the GPU"}, {"key": "d", "text": "Shrink the markers with update_traces(marker_size=1) so each point takes less space"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'The file and the browser have to hold every point''s coordinates and hover data, so the fix is to send less data: bin the points (px.density_heatmap, or datashader for very large data), or plot a sample and say so. include_plotlyjs=''cdn'' saves only the embedded library (a few MB), px.scatter already switches to WebGL above 1,000 points with render_mode=''auto'', and marker size does not change how much data is stored.',
     1.3,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:plotly-interactive-charts-13')::uuid, 'plotly-interactive-charts');

-- ====================================================================================================
-- eda-workflow
-- ====================================================================================================
-- Correction: the key no longer repeats the stem's 'question'; options rebalanced (issue 28)
update item set choices = '[{"key": "a", "text": "Train a quick baseline model to see which of the features matter most for the target"}, {"key": "b", "text": "Clarify the goal and the grain: what one row represents, for which population and period"}, {"key": "c", "text": "Plot a correlation heatmap of all columns to find the strongest relationships first"}, {"key": "d", "text": "Remove the outliers from every numeric column so that the later summaries are not distorted"}]'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:eda-workflow-1')::uuid;
-- Correction: options rebalanced so that the key is not the longest (issue 28)
update item set choices = '[{"key": "a", "text": "A real cohort of very old customers; keep the values, since the dates are valid"}, {"key": "b", "text": "A time-zone or epoch conversion error; shift these dates forward by the server''s UTC offset"}, {"key": "c", "text": "Duplicate records created by a migration; drop the rows that share this birth date"}, {"key": "d", "text": "A placeholder for unknown birth dates; recode them as missing and document the rule"}]'::jsonb,
    explanation = 'A spike at a ''round'' or system-default value (1900-01-01, 1970-01-01, 0, 99999) almost always encodes ''unknown''. Treating it as real would distort ages badly (every such customer would be over 120), so recode it as missing, quantify how often it occurs, and record the assumption. Time-zone or epoch errors shift dates by hours or land on 1970-01-01, not on 1900, and identical birth dates do not make the rows duplicates.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:eda-workflow-2')::uuid;
-- Correction: options rebalanced so that the key is not the longest; distractor (c) no longer says 'cannot' (issue 28)
update item set choices = '[{"key": "a", "text": "As proof that the feature reduces churn, with a recommendation to make it mandatory for all users"}, {"key": "b", "text": "As a hypothesis: users may differ in engagement; control for it and test with an experiment"}, {"key": "c", "text": "Discard it, since observational data tell us nothing about what drives churn"}, {"key": "d", "text": "As a data-quality problem, because a 40% gap is too large to be a real effect"}]'::jsonb,
    explanation = 'Users self-select into the feature, and the most engaged customers are both more likely to use it and less likely to churn, so the gap may be confounded. A good EDA write-up states the pattern, its possible explanations and the next step (stratify by engagement or tenure, run an A/B test). Observational patterns are valuable leads but not proof, and a large difference is not in itself evidence of bad data.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:eda-workflow-5')::uuid;
-- Correction: options rebalanced so that the key is not the longest; distractor (b) no longer says 'always' (issue 28)
update item set choices = '[{"key": "a", "text": "Check its sample size and uncertainty, allow for the 40 looks, and replicate on new data"}, {"key": "b", "text": "Report it right away: a conversion gap this large is meaningful by itself"}, {"key": "c", "text": "Remove the segment as an outlier, so that it does not distort the overall conversion rate"}, {"key": "d", "text": "Slice the data further, into 200 combinations, to find segments with even stronger effects"}]'::jsonb,
    explanation = 'When you search many slices, some will look extreme by chance alone, especially small ones, so the finding needs a robustness check: a confidence interval, a multiple-comparison-aware threshold and replication on data that was not used to find it (another period or a holdout). Reporting immediately risks a false discovery, deleting the segment throws away a possibly real effect, and slicing further makes the multiple-comparison problem worse.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:eda-workflow-6')::uuid;
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:eda-workflow-7')::uuid,
     'Before modelling a binary target ''churned'', you want the share of each class. Which call gives it?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "df[''churned''].value_counts(normalize=True)"}, {"key": "b", "text": "df[''churned''].value_counts().idxmax()"}, {"key": "c", "text": "df[''churned''].astype(''category'').cat.categories"}, {"key": "d", "text": "df.groupby(''churned'').size().sum()"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'value_counts(normalize=True) returns each class with its share of the rows (e.g. 0: 0.93, 1: 0.07), which tells you early whether the classes are imbalanced and which metrics and baselines make sense. value_counts().idxmax() returns only the majority class label, cat.categories lists the classes without frequencies, and groupby(...).size().sum() adds the class counts back up to the number of rows.',
     -1.3,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:eda-workflow-7')::uuid, 'eda-workflow');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:eda-workflow-8')::uuid,
     'df has numeric columns and string columns. Which columns does df.describe() summarize with default arguments?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "Every column, with mean and std shown as NaN for the string ones"}, {"key": "b", "text": "Only the string columns: count, unique, top value and its frequency"}, {"key": "c", "text": "Only the numeric columns: count, mean, std, min, quartiles and max"}, {"key": "d", "text": "Every column, each one summarized by its most frequent value only"}]'::jsonb,
     '{"choice": "c"}'::jsonb,
     'With include=None, describe summarizes the numeric columns only (when there are any): count, mean, standard deviation, minimum, the 25th, 50th and 75th percentiles and maximum. include=''all'' adds the object columns, which get count, unique, top and freq, with NaN where a statistic does not apply; include=''object'' summarizes only them. Comparing count with len(df) is a quick check for missing values.',
     -1.1,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:eda-workflow-8')::uuid, 'eda-workflow');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:eda-workflow-9')::uuid,
     'A plot of daily order counts over two years shows a normal weekly pattern, except for two weeks in March 2023 when the count is exactly 0. What should you do first?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "Treat the two weeks as a real collapse in demand and model it as a seasonal effect next year"}, {"key": "b", "text": "Replace the zeros by the average daily count so that the series looks continuous"}, {"key": "c", "text": "Check with the data owners whether the pipeline or a source system failed in that period"}, {"key": "d", "text": "Drop March from every year, so that the model does not learn from unusual months"}]'::jsonb,
     '{"choice": "c"}'::jsonb,
     'Exactly zero orders for two weeks in an otherwise regular business is far more likely a logging, export or pipeline outage than real behaviour, and EDA should confirm that with the people who own the data before anything is modelled. Depending on the answer you mark the period as missing, backfill it from the source, or exclude it explicitly. Modelling it as seasonality bakes an artefact into the model, filling with averages hides the gap, and dropping every March removes valid data.',
     -0.6,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:eda-workflow-9')::uuid, 'eda-workflow');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:eda-workflow-10')::uuid,
     'Which findings suggest that a numeric column is a record identifier rather than a feature to model? Select all that apply.',
     'MULTIPLE_CHOICE',
     '[{"key": "a", "text": "Its number of distinct values equals the number of rows"}, {"key": "b", "text": "Its values are integers that increase with the order in which rows were inserted"}, {"key": "c", "text": "It has fewer than ten distinct values"}, {"key": "d", "text": "Its distribution is strongly skewed with a long right tail"}, {"key": "e", "text": "About 30% of its values are missing"}]'::jsonb,
     '{"choices": ["a", "b"]}'::jsonb,
     'A unique value per row and values that grow with insertion order are the signatures of keys and auto-increment ids. Such columns carry no generalizable signal, and an id that grows over time can even leak time or data-collection order into a model, so drop them from the features (keeping them for joins and deduplication). Few distinct values, skew and missingness describe ordinary features.',
     -0.2,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:eda-workflow-10')::uuid, 'eda-workflow');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:eda-workflow-11')::uuid,
     'Four small datasets have the same mean and variance of x and y, the same correlation (0.82) and the same least-squares line, y = 3 + 0.5x. What is the lesson for EDA?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "The four datasets are interchangeable for modelling, since they share the same fitted line"}, {"key": "b", "text": "A correlation of 0.82 shows that a linear model fits all four datasets well"}, {"key": "c", "text": "Plot the data: identical summaries can hide a curve, an outlier or a single lever point"}, {"key": "d", "text": "Summaries agree, so differences between the datasets can only be random noise"}]'::jsonb,
     '{"choice": "c"}'::jsonb,
     'This is Anscombe''s quartet: one dataset is roughly linear, one is a clean curve, one is a line with a single outlier, and one is a vertical stack of points plus one far point that creates the whole correlation. Summary statistics compress the data and can be identical for very different structures, so scatter plots (and residual plots) belong in every EDA. The same line does not make the datasets interchangeable, and the correlation says nothing about whether a line is the right model.',
     0.3,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:eda-workflow-11')::uuid, 'eda-workflow');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:eda-workflow-12')::uuid,
     'To estimate how long customers stay, an analyst averages the tenure of everyone in the current customer table (customers who left were deleted from it). What is wrong with the estimate?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "Nothing: the current table is the most up-to-date source of tenure"}, {"key": "b", "text": "It is biased toward long tenures, since the churned customers are missing from it"}, {"key": "c", "text": "It is biased toward short tenures, since new customers pull it down"}, {"key": "d", "text": "It is only noisy: with enough customers the average is still unbiased"}]'::jsonb,
     '{"choice": "b"}'::jsonb,
     'Customers who left quickly are exactly the ones deleted, so the table over-represents survivors and the average tenure is too long (survivorship bias); a larger sample does not remove a selection bias. Current customers'' tenures are also censored, since they have not left yet, so lifetime is properly estimated from the full history with survival analysis (e.g. a Kaplan-Meier curve). New customers do pull the average down somewhat, but the dominant effect comes from the missing churners.',
     1.2,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:eda-workflow-12')::uuid, 'eda-workflow');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:eda-workflow-13')::uuid,
     'A transactions table of 500 million rows, stored in date order, is too big for memory, so a colleague explores df.head(1_000_000). What is the main risk?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "The first million rows are too few to give stable statistics for a table of this size"}, {"key": "b", "text": "head() returns the rows in random order, so the results change on each run"}, {"key": "c", "text": "head() skips the rows with missing values, so the missing-value checks come out biased"}, {"key": "d", "text": "The sample covers only the earliest period, so trends and recent changes are missed"}]'::jsonb,
     '{"choice": "d"}'::jsonb,
     'In a date-ordered table the first rows all come from the earliest days or weeks, so the sample misses seasonality, growth, later product changes and new categories. Take a random sample instead (e.g. a SQL TABLESAMPLE or df.sample on chunks), stratified by month if time matters, or aggregate in the database. A million rows is plenty for most summaries, head() returns rows in stored order deterministically, and it does not skip missing values.',
     1.0,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:eda-workflow-13')::uuid, 'eda-workflow');

-- ====================================================================================================
-- correlation-analysis
-- ====================================================================================================
-- Correction: options rebalanced; distractor (d) no longer says 'must' (issue 28)
update item set choices = '[{"key": "a", "text": "Eating ice cream makes swimmers more likely to get into difficulty"}, {"key": "b", "text": "Drownings draw crowds to beaches, and the crowds buy more ice cream"}, {"key": "c", "text": "A confounder, hot weather, increases both ice cream sales and swimming"}, {"key": "d", "text": "The correlation is a calculation error, as the two are unrelated"}]'::jsonb,
    explanation = 'Hot days lead to more ice cream purchases and to more swimming, and so more drownings; the two outcomes are correlated because they share a common cause, not because one causes the other. This is the classic illustration that correlation does not imply causation. Drownings are far too rare to move ice cream sales, and there is no reason to suspect a calculation error, since confounded correlations are real patterns in the data.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:correlation-analysis-1')::uuid;
-- Correction: options rebalanced so that the key is not the longest (issue 28)
update item set choices = '[{"key": "a", "text": "Pearson and Spearman are both exactly 1, since y rises with every step in x"}, {"key": "b", "text": "Spearman is exactly 1 while Pearson is clearly below 1 (about 0.72)"}, {"key": "c", "text": "Pearson is exactly 1 while Spearman is below 1, as the ranks are unevenly spaced"}, {"key": "d", "text": "Both are close to 0, because the relationship between x and y is nonlinear"}]'::jsonb,
    explanation = 'Spearman''s correlation is Pearson''s correlation of the ranks, so any strictly increasing relationship gives exactly 1 (the ranks of x and y are both 1..10, evenly spaced). Pearson measures linear association, and an exponential curve is far from a straight line, so it is clearly below 1 (0.717 here): rising at every step is not enough. When the two disagree like this, the relationship is monotonic but nonlinear, and a log transform of y would make it linear.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:correlation-analysis-2')::uuid;
-- Correction: options rebalanced so that the key is not the longest (issue 28)
update item set choices = '[{"key": "a", "text": "There is no relationship between temperature and energy use in these data"}, {"key": "b", "text": "Spearman correlation would reveal the relationship, with a value close to 1"}, {"key": "c", "text": "The correlation is low because the two variables are measured on different scales"}, {"key": "d", "text": "A strong nonlinear (U-shaped) dependence that Pearson''s r, being linear, misses"}]'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:correlation-analysis-4')::uuid;
-- Correction: the key no longer repeats the stem's word 'correlation' (issue 28)
update item set choices = '[{"key": "a", "text": "A single extreme outlier can change Pearson''s r dramatically"}, {"key": "b", "text": "r = 0.9 means that 90% of the variance of y is explained by x"}, {"key": "c", "text": "Pearson''s r changes if temperatures are converted from Celsius to Fahrenheit"}, {"key": "d", "text": "r = -0.8 indicates a weaker linear relationship than r = 0.5"}, {"key": "e", "text": "Spearman''s rho equals Pearson''s r computed on the ranks of the data"}]'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:correlation-analysis-5')::uuid;
-- Correction: options rebalanced so that the key is not the longest (issue 28)
update item set choices = '[{"key": "a", "text": "B is better, because its overall success rate (83%) is higher than A''s (78%)"}, {"key": "b", "text": "The treatments are equivalent, since the differences within stone sizes cancel out in the total"}, {"key": "c", "text": "A is better within both sizes (93% vs 87%, 73% vs 69%); B got more of the easy small stones"}, {"key": "d", "text": "A is better for small stones but B is better for large stones, so neither treatment dominates"}]'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:correlation-analysis-6')::uuid;
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:correlation-analysis-7')::uuid,
     'df has the numeric columns price, rooms and area. Which call returns their 3 x 3 matrix of pairwise Pearson correlations?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "df.corr(numeric_only=True)"}, {"key": "b", "text": "np.corrcoef(df.to_numpy())"}, {"key": "c", "text": "df.cov(numeric_only=True)"}, {"key": "d", "text": "df.corrwith(df[''price''])"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'DataFrame.corr computes pairwise Pearson correlations between columns (method=''spearman'' or ''kendall'' for rank correlations); numeric_only=True skips non-numeric columns, which pandas 2.x no longer drops silently. np.corrcoef treats each ROW as a variable by default (rowvar=True), so np.corrcoef(df.to_numpy()) correlates the houses with each other and returns an n x n matrix; np.corrcoef(df.to_numpy(), rowvar=False) would work. cov returns covariances, which depend on units, and corrwith returns one correlation per column with the given Series.',
     -1.3,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:correlation-analysis-7')::uuid, 'correlation-analysis');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:correlation-analysis-8')::uuid,
     'df[''x''].corr(df[''y''], method=...) computes Pearson''s r by default. Name one value for method that gives a rank-based correlation, which measures any monotonic relationship and resists outliers.',
     'SHORT_TEXT',
     null,
     '{"accepted": ["spearman", "kendall", "method=\"spearman\"", "method=''spearman''", "method = \"spearman\"", "method = ''spearman''", "method=\"kendall\"", "method=''kendall''", "method = \"kendall\"", "method = ''kendall''", "''spearman''", "\"spearman\"", "''kendall''", "\"kendall\"", "spearman''s rho", "spearman rho", "kendall''s tau", "kendall tau"]}'::jsonb,
     'method=''spearman'' (Pearson''s r of the ranks) and method=''kendall'' (Kendall''s tau, based on concordant and discordant pairs) both depend only on the order of the values. For x = [1, 2, 3, 4] and y = [1, 2, 3, 100] both give 1.0, while Pearson''s r is 0.79 because the last point is far off a straight line.',
     -1.1,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:correlation-analysis-8')::uuid, 'correlation-analysis');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:correlation-analysis-9')::uuid,
     'Over 15 years, yearly streaming subscriptions and yearly average global temperature both rose steadily, and their Pearson correlation is 0.95. What is the most sensible reading?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "Both series trend over time; correlate their year-to-year changes first"}, {"key": "b", "text": "Warmer years keep people indoors, so the correlation is evidence for a causal effect of climate"}, {"key": "c", "text": "With 15 points, r = 0.95 is statistically significant, so the relationship is established"}, {"key": "d", "text": "The correlation is inflated by units; standardizing both series would bring it close to 0"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'Any two series that trend in the same direction over time are strongly correlated, whether or not they are related (a spurious correlation through the common driver, time). Removing the trend, for example by correlating the year-to-year differences or residuals from each trend, is the first check; significance tests also assume independent observations, which trending yearly values are not. Correlation does not change with units or standardization.',
     -0.2,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:correlation-analysis-9')::uuid, 'correlation-analysis');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:correlation-analysis-10')::uuid,
     'You compute Pearson''s r between a 0/1 variable (received_coupon) and a numeric one (basket_value). Which statements are true? Select all that apply.',
     'MULTIPLE_CHOICE',
     '[{"key": "a", "text": "It equals the point-biserial correlation (scipy.stats.pointbiserialr)"}, {"key": "b", "text": "It grows with the gap between the two groups'' mean basket values"}, {"key": "c", "text": "It is undefined, because one of the two variables is binary"}, {"key": "d", "text": "A positive value shows that coupons cause customers to buy more"}, {"key": "e", "text": "Its sign flips if the coding of the two groups is swapped"}]'::jsonb,
     '{"choices": ["a", "b", "e"]}'::jsonb,
     'With a 0/1 variable Pearson''s r is the point-biserial correlation: it grows with the difference between the two groups'' mean basket values relative to the overall standard deviation, and swapping which group is coded 1 flips its sign. It is perfectly defined, and like any correlation it says nothing about causation (coupons may go to customers who already buy more).',
     -0.4,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:correlation-analysis-10')::uuid, 'correlation-analysis');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:correlation-analysis-11')::uuid,
     'Among all applicants, admission test scores and first-year grades correlate at r = 0.5. Among admitted students only (the top 10% of test scores), the correlation is about 0.2. What explains the drop?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "Admitted students are graded more harshly, which weakens the link"}, {"key": "b", "text": "Restricting the range of test scores shrinks the correlation"}, {"key": "c", "text": "The smaller sample of admitted students biases r toward zero"}, {"key": "d", "text": "The test is valid only for applicants who were not admitted"}]'::jsonb,
     '{"choice": "b"}'::jsonb,
     'Correlation depends on how much the variables vary in the sample: selecting only high scorers removes most of the test-score variation, so the same underlying relationship produces a much smaller r (in a bivariate normal population with r = 0.5, the top 10% show about 0.24). This range restriction is why validity studies on selected groups understate predictive power. Sample size affects the precision of r, not its expected value in this way, and nothing suggests different grading.',
     1.1,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:correlation-analysis-11')::uuid, 'correlation-analysis');

-- ====================================================================================================
-- data-storytelling
-- ====================================================================================================
-- Correction: options rebalanced so that the key is not the longest (issue 28)
update item set choices = '[{"key": "a", "text": "A horizontal bar chart sorted from largest to smallest"}, {"key": "b", "text": "A pie chart with 12 slices, one for each category"}, {"key": "c", "text": "A 3-D pie chart with the largest slice pulled out for emphasis"}, {"key": "d", "text": "A line chart with the categories along the x-axis"}]'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:data-storytelling-1')::uuid;
-- Correction: options rebalanced so that the key is not the longest (issue 28)
update item set choices = '[{"key": "a", "text": "Color North, gray out the others, label lines directly, and put the message in the title"}, {"key": "b", "text": "Add markers and gridlines so that the audience can read every value exactly"}, {"key": "c", "text": "Split it into 10 small multiples of equal size and emphasis, one per region, in alphabetical order"}, {"key": "d", "text": "Switch to a 3-D line chart so that the ten lines no longer overlap each other"}]'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:data-storytelling-2')::uuid;
-- Correction: options rebalanced so that the key is not the longest (issue 28)
update item set choices = '[{"key": "a", "text": "A chronological account of every analysis step, with the conclusion at the very end"}, {"key": "b", "text": "All the charts produced during the analysis, without commentary, so that the VP can judge"}, {"key": "c", "text": "Context, the key insight, the supporting evidence and a recommendation; methods in an appendix"}, {"key": "d", "text": "The model''s code and its coefficient table, so that the VP can verify the analysis in full detail"}]'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:data-storytelling-3')::uuid;
-- Correction: options rebalanced so that the key is not the longest (issue 28)
update item set choices = '[{"key": "a", "text": "Keep it: the truncated axis makes the difference between the products easier to see"}, {"key": "b", "text": "Switch to a 3-D bar chart so that the small difference gains visual depth"}, {"key": "c", "text": "Remove the axis labels so that the audience focuses on the relative bar heights"}, {"key": "d", "text": "Start the bar axis at zero, or use a dot plot, or state the 2-point gap directly"}]'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:data-storytelling-4')::uuid;
-- Correction: wrong options lengthened so that the correct ones are not all longer (issue 28)
update item set choices = '[{"key": "a", "text": "''The test proved that the new checkout is better, so we should roll it out now.''"}, {"key": "b", "text": "''The test ran only in Germany, so the effect may differ in other markets.''"}, {"key": "c", "text": "''The new checkout increased sales by 3%, as measured in the German test.''"}, {"key": "d", "text": "''Our best estimate is a 3% lift, but the data are consistent with anything from a 1% loss to a 7% gain.''"}, {"key": "e", "text": "''The result is not yet conclusive; running the test longer would narrow the range.''"}]'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:data-storytelling-5')::uuid;
-- Correction: options rebalanced so that the key is not the longest; distractor (c) no longer says 'cannot' or 'entirely' (issue 28)
update item set choices = '[{"key": "a", "text": "Keep it: a twofold difference in spending is far too large to be a coincidence of the sample"}, {"key": "b", "text": "Call it an association, since app users may be more engaged anyway, and propose a randomized test"}, {"key": "c", "text": "Remove the finding, since observational results like this one are not trustworthy"}, {"key": "d", "text": "Soften it to ''the app will increase spending by 50%'', which is a more conservative causal claim to make"}]'::jsonb,
    explanation = 'The comparison is observational and heavy spenders are more likely to install the app, so self-selection can explain much or all of the gap. The honest story reports the association, names the likely confounder and proposes a test that can establish causality (e.g. a randomized app promotion) before a major investment. A large gap is not evidence of causation, and replacing the claim with an arbitrary smaller number is still an unsupported causal claim; dropping a useful lead helps nobody.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:data-storytelling-6')::uuid;
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:data-storytelling-7')::uuid,
     'Which chart best shows how monthly revenue developed over the last two years?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "A donut chart with the 24 months as its segments"}, {"key": "b", "text": "A line chart with months on the x-axis"}, {"key": "c", "text": "A table listing the 24 monthly values"}, {"key": "d", "text": "A scatter matrix of revenue by month"}]'::jsonb,
     '{"choice": "b"}'::jsonb,
     'Change over time is read most easily from a line over an ordered time axis: trend, seasonality and turning points are visible at a glance. A donut (pie) chart shows parts of a whole and hides the order, a table makes the reader build the trend in their head, and a scatter matrix is for relationships between several variables.',
     -1.4,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:data-storytelling-7')::uuid, 'data-storytelling');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:data-storytelling-8')::uuid,
     'A chart shows profit by region in red (loss) and green (gain). About 8% of men have red-green color vision deficiency. What is the best revision?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "Use a color-blind-safe pair (e.g. blue and orange) plus +/- labels"}, {"key": "b", "text": "Use brighter shades of the same red and green so that they stand out more"}, {"key": "c", "text": "Keep the colors and add a legend that explains which color means loss"}, {"key": "d", "text": "Convert the chart to grayscale so that everybody sees the same colors"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'Red and green are hard to tell apart for the most common color vision deficiencies, whatever their brightness or legend. A color-blind-safe palette (blue/orange, or the viridis and cividis colormaps) plus a redundant cue such as +/- labels or direct value labels keeps the message readable for everyone, including on grayscale printouts. Plain grayscale throws away the gain/loss contrast instead of encoding it safely.',
     -1.1,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:data-storytelling-8')::uuid, 'data-storytelling');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:data-storytelling-9')::uuid,
     'A slide says ''100% of our enterprise customers renewed this quarter.'' There were 3 enterprise customers. What is the main problem?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "Nothing: 100% is the most precise way to state a perfect renewal result"}, {"key": "b", "text": "A percentage of only 3 cases sounds like strong evidence; give the count too"}, {"key": "c", "text": "Percentages should be rounded, so the slide should say ''almost all''"}, {"key": "d", "text": "Renewal rates belong in a chart with a trend line, not in a single number"}]'::jsonb,
     '{"choice": "b"}'::jsonb,
     'Percentages hide the base: 3 of 3 and 300 of 300 both read as 100%, but 3 cases say very little about next quarter. Report the count with the rate (''all 3 enterprise customers renewed'') and avoid percentages for very small groups, or add an interval. Rounding and charting do not fix the missing base.',
     -0.5,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:data-storytelling-9')::uuid, 'data-storytelling');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:data-storytelling-10')::uuid,
     'Conversion rose from 4.0% to 5.0% after a redesign. By how many percent did conversion increase in relative terms?',
     'NUMERIC',
     null,
     '{"value": 25, "tolerance": 0.5}'::jsonb,
     'The absolute change is 1 percentage point (5.0 - 4.0), and the relative change is 1 / 4 = 25%. Saying ''conversion rose 1%'' is wrong either way; a clear story states both, e.g. ''from 4.0% to 5.0%, up 1 percentage point (a 25% relative increase)'', since relative numbers alone make small absolute effects sound large.',
     -0.3,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:data-storytelling-10')::uuid, 'data-storytelling');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:data-storytelling-11')::uuid,
     'A slide shows monthly sales for 6 regions as small multiples, each panel with its own automatically scaled y-axis. Region F sells a tenth of what region A sells. Which statements are true? Select all that apply.',
     'MULTIPLE_CHOICE',
     '[{"key": "a", "text": "Region F''s panel can look as large and volatile as region A''s, which misleads comparison"}, {"key": "b", "text": "Sharing the y-axis across panels (e.g. sharey=True) makes heights directly comparable"}, {"key": "c", "text": "Independent axes are the honest choice, because each region gets the full resolution"}, {"key": "d", "text": "Axis scales only matter for bar charts; line charts are read by their shape alone"}, {"key": "e", "text": "Independent axes are fine if the slide''s audience compares levels between regions"}]'::jsonb,
     '{"choices": ["a", "b"]}'::jsonb,
     'Readers compare panel heights without reading tick labels, so independent scales make a small region look as big and as volatile as a large one. A shared y-axis supports comparisons between panels; if the point is each region''s own pattern, independent axes can be justified, but then say so clearly (or show indexed values, e.g. growth relative to January). Line charts are read against their axes just like bars, and comparing levels is exactly when independent axes mislead.',
     0.6,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:data-storytelling-11')::uuid, 'data-storytelling');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:data-storytelling-12')::uuid,
     'The 10 stores with the lowest sales last quarter joined a coaching program, and this quarter their sales rose 15% while other stores were flat. The draft deck credits the program. What should the story say instead?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "The program works: a 15% rise against flat sales everywhere else is a clear, large effect"}, {"key": "b", "text": "The rise is too small to matter, since 15% is within normal quarterly noise"}, {"key": "c", "text": "The comparison is unfair, because the other stores were not selected at all"}, {"key": "d", "text": "Part of the rise may be regression to the mean; compare with similar uncoached stores"}]'::jsonb,
     '{"choice": "d"}'::jsonb,
     'Stores chosen for an extreme low result tend to move back toward their usual level next time even with no intervention (regression to the mean), because part of any extreme is bad luck. The effect of coaching can only be separated from that with a comparison group of similarly low-ranked stores that were not coached, ideally chosen at random. Calling the rise proof ignores this, calling it noise is an unsupported claim in the other direction, and the comparison is not unfair because others were unselected; it is uninformative without a matched control.',
     1.2,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:data-storytelling-12')::uuid, 'data-storytelling');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:data-storytelling-13')::uuid,
     'A chart titled ''Sign-ups up 40% this year'' starts its x-axis in March, the lowest month after a seasonal dip; from January the growth is 5%. What is the honest fix?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "Show the full period with a comparable baseline, e.g. the same month a year earlier"}, {"key": "b", "text": "Keep the March start, since the most recent trend is what matters to readers"}, {"key": "c", "text": "Add a trend line from March onwards so that readers see the growth more clearly in the chart"}, {"key": "d", "text": "Keep the chart but move the 40% figure from the title into a footnote instead"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'Choosing the start of the window at a low point manufactures growth (cherry-picking the baseline). An honest chart shows enough history for the reader to see the seasonal pattern and compares like with like, such as year-over-year growth for the same months, and the title states the number that this comparison supports. A trend line from the chosen low point repeats the bias, and a footnote does not undo a misleading headline.',
     1.0,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:data-storytelling-13')::uuid, 'data-storytelling');

-- ====================================================================================================
-- ml-paradigms
-- ====================================================================================================
-- Correction: options rebalanced so that the key is not the longest (issue 28)
update item set choices = '[{"key": "a", "text": "The correct action for every state it visits, provided like a label by a teacher or expert"}, {"key": "b", "text": "Rewards for its actions, often delayed, with no label saying which action was right"}, {"key": "c", "text": "No feedback at all, since like clustering it finds structure in unlabeled data"}, {"key": "d", "text": "The same labeled feedback as supervised learning, only delivered in batches"}]'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:ml-paradigms-3')::uuid;
-- Correction: options rebalanced so that the key is not the longest (issue 28)
update item set choices = '[{"key": "a", "text": "Fit on the labeled images, add confident predictions on unlabeled ones as labels, refit, repeat"}, {"key": "b", "text": "Cluster all 201,000 images and use the cluster IDs directly as the final diagnoses"}, {"key": "c", "text": "Discard the unlabeled images and train only on the 1,000 labeled ones, to avoid noise"}, {"key": "d", "text": "Assign random labels to the 200,000 unlabeled images and train on all of them, so the noise averages out"}]'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:ml-paradigms-4')::uuid;
-- Correction: options rebalanced so that the key is not the longest (issue 28)
update item set choices = '[{"key": "a", "text": "Reinforcement learning, because it learns to play a game that is won or lost"}, {"key": "b", "text": "Unsupervised learning, because no human labeled the positions by hand for training"}, {"key": "c", "text": "Supervised learning (imitation learning): each position is paired with a target move"}, {"key": "d", "text": "Semi-supervised learning, because the games are historical and only partly annotated"}]'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:ml-paradigms-6')::uuid;
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:ml-paradigms-7')::uuid,
     'A program learns to play a video game by trying moves and receiving +1 when it wins a level and -1 when it loses. Which paradigm is this?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "Supervised learning"}, {"key": "b", "text": "Unsupervised learning"}, {"key": "c", "text": "Reinforcement learning"}, {"key": "d", "text": "Imitation of recorded expert play"}]'::jsonb,
     '{"choice": "c"}'::jsonb,
     'An agent that acts in an environment and learns from reward signals (here +1 and -1 at the end of a level) rather than from correct answers is doing reinforcement learning. Supervised learning would need the right move for each situation, unsupervised learning has no feedback at all, and imitation learning copies recorded expert moves, which this program never sees.',
     -1.4,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:ml-paradigms-7')::uuid, 'ml-paradigms');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:ml-paradigms-8')::uuid,
     'Which setup is semi-supervised learning?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "A few labeled examples and many unlabeled ones are used together in training"}, {"key": "b", "text": "Every example is labeled, but about 10% of the labels are wrong"}, {"key": "c", "text": "Labels are derived from the input itself, e.g. the next word in text"}, {"key": "d", "text": "The model receives a reward after each action instead of a label"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'Semi-supervised learning combines a (usually small) labeled set, which guides learning, with a large unlabeled set that helps the model learn the structure of the data and generalize. Fully labeled data with some wrong labels is supervised learning with label noise, labels generated from the data itself are self-supervised learning (as in language-model pretraining), and rewards for actions define reinforcement learning.',
     -1.2,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:ml-paradigms-8')::uuid, 'ml-paradigms');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:ml-paradigms-9')::uuid,
     'scikit-learn''s semi-supervised estimators (SelfTrainingClassifier, LabelPropagation, LabelSpreading) take one target array y for all rows. Which value marks a row as unlabeled in y? Give the value.',
     'SHORT_TEXT',
     null,
     '{"accepted": ["-1", "minus one", "minus 1", "y = -1", "y=-1", "label -1", "−1"]}'::jsonb,
     'Unlabeled samples get the label -1 in y, so the classes themselves must be other values (0, 1, ... or strings). fit uses the labeled rows as ground truth and the -1 rows as unlabeled data; with string class labels, y must be an object array that still uses -1 for the unlabeled rows (a pure string array raises ValueError). Using NaN or dropping the rows does not work: the estimator must see the unlabeled rows in X to learn from them.',
     -0.5,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:ml-paradigms-9')::uuid, 'ml-paradigms');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:ml-paradigms-10')::uuid,
     'A language model is pretrained on billions of sentences of raw text by predicting each next word from the words before it. No human labeled anything. Which paradigm best describes this pretraining?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "Self-supervised learning"}, {"key": "b", "text": "Unsupervised clustering of the sentences"}, {"key": "c", "text": "Reinforcement learning from text"}, {"key": "d", "text": "Semi-supervised learning"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'The targets (the next words) are created from the data itself, so the model is trained with a supervised loss without human labels: self-supervised learning. It is not clustering, there is no reward signal in plain pretraining (reinforcement learning from human feedback is a later fine-tuning stage), and semi-supervised learning needs some human-labeled examples to guide it.',
     -0.3,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:ml-paradigms-10')::uuid, 'ml-paradigms');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:ml-paradigms-11')::uuid,
     'A team adds 100,000 unlabeled product photos to 2,000 labeled ones and trains with self-training (pseudo-label threshold 0.6). Accuracy on a labeled validation set drops. What is the most likely cause?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "Wrong but confident pseudo-labels are added and then reinforced in each retraining round"}, {"key": "b", "text": "Semi-supervised learning only works when the labeled examples outnumber the unlabeled ones"}, {"key": "c", "text": "Unlabeled photos leak the validation labels into training, which distorts the score"}, {"key": "d", "text": "Self-training requires the unlabeled photos to be clustered before they can be used"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'Self-training trusts its own confident predictions; with a low threshold, overlapping classes or unlabeled data from a different distribution (other cameras, new products), many pseudo-labels are wrong, and retraining on them reinforces the errors (confirmation bias). Raise or calibrate the threshold, check that the unlabeled pool matches the target distribution, and keep measuring on labeled validation data. Semi-supervised methods are designed for few labels and many unlabeled examples, unlabeled data carry no labels to leak, and clustering is optional.',
     1.2,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:ml-paradigms-11')::uuid, 'ml-paradigms');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:ml-paradigms-12')::uuid,
     'Your manager asks which current projects count as semi-supervised. Which do? Select all that apply.',
     'MULTIPLE_CHOICE',
     '[{"key": "a", "text": "A spam filter trained with LabelSpreading on 500 labeled and 50,000 unlabeled emails"}, {"key": "b", "text": "A support-ticket classifier that adds its confident predictions on unlabeled tickets as training labels"}, {"key": "c", "text": "k-means run on 50,000 unlabeled emails to find groups of similar messages"}, {"key": "d", "text": "A classifier trained on 50,000 emails labeled by users'' ''report spam'' clicks"}, {"key": "e", "text": "A recommender that learns from a reward each time a shown item is clicked"}]'::jsonb,
     '{"choices": ["a", "b"]}'::jsonb,
     'Label spreading (graph-based propagation of the few labels to similar unlabeled points) and pseudo-labeling both learn from labeled and unlabeled examples together. k-means on unlabeled data only is unsupervised, labels from user clicks are still labels (supervised learning, possibly noisy), and learning from rewards for chosen actions is reinforcement learning (a bandit problem).',
     0.2,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:ml-paradigms-12')::uuid, 'ml-paradigms');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:ml-paradigms-13')::uuid,
     'You have 1,000 labeled and 500,000 unlabeled medical images, and budget for experts to label 500 more. Which approach chooses WHICH images the experts should label so that each new label helps the model most?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "Self-training on the unlabeled pool"}, {"key": "b", "text": "Label spreading over a similarity graph"}, {"key": "c", "text": "Active learning, e.g. uncertainty sampling"}, {"key": "d", "text": "Random sampling of 500 of the unlabeled images"}]'::jsonb,
     '{"choice": "c"}'::jsonb,
     'Active learning lets the model pick the examples whose labels are expected to be most informative, for instance those it is least certain about, and sends them to the experts; it is often combined with semi-supervised learning. Self-training and label spreading use the unlabeled data without asking for new labels, and random sampling spends the budget on many images the model already handles well.',
     1.1,
     'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:ml-paradigms-13')::uuid, 'ml-paradigms');

