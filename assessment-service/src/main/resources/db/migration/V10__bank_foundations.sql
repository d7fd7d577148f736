-- Issue 28, foundations: the item bank for python-essentials, numpy-arrays, the pandas skills (data structures,
-- indexing, groupby, merge/join, reshaping, datetime) and statistics (descriptive statistics, probability basics,
-- probability distributions, sampling and confidence intervals, hypothesis testing).
--
-- Corrections keep an item's id and what it measures (they bump version): rebalanced option lengths so that the key
-- is no longer the longest option, absolute words taken out of wrong options, and the defects issue 28 lists
-- (descriptive-statistics-6, sampling-confidence-intervals-6, pandas-merge-join-6, pandas-reshaping-2).
-- New items take the next seed keys (<skill>-7 onwards) so that each skill has at least 12 published items spread
-- over the difficulty range. Items describe pandas 2.x, NumPy and SciPy behaviour; every number was recomputed and
-- every snippet an item shows was run.

-- ====================================================================================================
-- python-essentials
-- ====================================================================================================
-- python-essentials-1: stem reworded: it shared most content words with python-essentials-4
update item set stem = 'Two names, one list: a = [1, 2, 3]; b = a; b.append(4). Which value does a hold afterwards?',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:python-essentials-1')::uuid;

-- python-essentials-3: rebalanced options: the key was the longest
update item set choices = '[{"key": "a", "text": "[2]"}, {"key": "b", "text": "[1]"}, {"key": "c", "text": "[1, 2]"}, {"key": "d", "text": "None, because append returns None"}]'::jsonb,
    explanation = 'Default argument values are evaluated once, when the function is defined, so every call that omits items shares the same list object. The first call leaves [1] in that shared list and the second call appends 2, printing [1, 2]. The idiomatic fix is items=None and then items = [] if items is None inside the function; [2] is what people expect but not what Python does, and [1] would mean the second call changed nothing. append does return None, but the function returns items, not the result of append.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:python-essentials-3')::uuid;

insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:python-essentials-7')::uuid,
     'Which expression builds the list of squares of the even numbers from 0 to 9, i.e. [0, 4, 16, 36, 64]?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "[x**2 for x in range(10) if x % 2 == 0]"}, {"key": "b", "text": "[x**2 if not x % 2 for x in range(10)]"}, {"key": "c", "text": "[x**2 for x in range(10) if x % 2]"}, {"key": "d", "text": "[x^2 for x in range(10) if x % 2 == 0]"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'A filtering condition goes after the for clause: [x**2 for x in range(10) if x % 2 == 0] gives [0, 4, 16, 36, 64]. An if before the for is only allowed as a full conditional expression with an else (x**2 if ... else 0), so the second option is a SyntaxError, whatever its condition. if x % 2 keeps the odd numbers, because 1 is truthy. ^ is bitwise XOR in Python, not a power, so x^2 gives [2, 0, 6, 4, 10].',
     -1.4,
     'PUBLISHED'),
    (md5('learnpath-seed-item:python-essentials-8')::uuid,
     'a = [1, 2]; b = [1, 2]. What does print(a == b, a is b) show?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "True False"}, {"key": "b", "text": "True True"}, {"key": "c", "text": "False False"}, {"key": "d", "text": "False True"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     '== compares values, and both lists hold 1 and 2 in the same order, so it is True. is compares identity: two list literals create two separate objects, so a is b is False. True True would need b = a (one object, two names); False False confuses equality with identity. Use is only for singletons such as None (x is None), never to compare numbers or strings.',
     -1.1,
     'PUBLISHED'),
    (md5('learnpath-seed-item:python-essentials-9')::uuid,
     'What does print(-7 // 2, -7 % 2) show in Python 3?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "-4 1"}, {"key": "b", "text": "-3 -1"}, {"key": "c", "text": "-3 1"}, {"key": "d", "text": "-4 -1"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     '// is floor division: it rounds toward minus infinity, so -7 // 2 is floor(-3.5) = -4, not -3 as truncation (C, Java, int(-3.5)) would give. The remainder then follows from a == (a // b) * b + a % b: -7 - (-4 x 2) = 1, so % has the sign of the divisor. -3 -1 is the truncating convention, -3 1 and -4 -1 mix the two. This matters when binning negative values, e.g. offsets in days or hours.',
     0.4,
     'PUBLISHED'),
    (md5('learnpath-seed-item:python-essentials-10')::uuid,
     'Which of these expressions evaluate to True? Select all that apply.',
     'MULTIPLE_CHOICE',
     '[{"key": "a", "text": "bool([])"}, {"key": "b", "text": "bool([0])"}, {"key": "c", "text": "bool(''False'')"}, {"key": "d", "text": "bool(0.0)"}, {"key": "e", "text": "bool(None)"}, {"key": "f", "text": "bool({})"}]'::jsonb,
     '{"choices": ["b", "c"]}'::jsonb,
     'Empty containers, zero of any numeric type and None are falsy; everything else is truthy by default. [0] is a list with one element, so it is truthy even though the element is 0, and the string False is a non-empty string, so it is truthy too: bool() does not parse text. [], {}, 0.0 and None are falsy. This is why if df: raises an error for a DataFrame (its truth value is ambiguous) and why len(x) > 0 or x.empty is written instead.',
     -0.3,
     'PUBLISHED'),
    (md5('learnpath-seed-item:python-essentials-11')::uuid,
     'What does this print?  squares = (x * x for x in range(4)); total = sum(squares); print(total, list(squares))',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "14 []"}, {"key": "b", "text": "14 [0, 1, 4, 9]"}, {"key": "c", "text": "0 [0, 1, 4, 9]"}, {"key": "d", "text": "TypeError: generator has no len"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'The parentheses make a generator expression, which can be iterated only once. sum consumes it (0 + 1 + 4 + 9 = 14), so list(squares) finds it exhausted and returns []. 14 [0, 1, 4, 9] is what a list comprehension in square brackets would give, and 0 [...] reverses the order of evaluation. sum and list only iterate; neither calls len, so no TypeError is raised. Materialize with a list when you need the values twice.',
     1.0,
     'PUBLISHED'),
    (md5('learnpath-seed-item:python-essentials-12')::uuid,
     'x = 10 at module level, then:  def bump(): x += 1; return x  — Calling bump() fails. Which exception class does Python raise? Give the class name exactly as the traceback prints it.',
     'SHORT_TEXT',
     null,
     '{"accepted": ["UnboundLocalError", "UnboundLocalError:", "builtins.UnboundLocalError", "an UnboundLocalError", "UnboundLocalError exception", "the UnboundLocalError"]}'::jsonb,
     'Assigning to x anywhere in a function body (x += 1 is an assignment) makes x local to the whole function, decided when the function is compiled. x += 1 first reads the local x, which has no value yet, so Python raises UnboundLocalError (a subclass of NameError; Python 3.11 prints cannot access local variable x where it is not associated with a value). It does not fall back to the global 10. Declare global x if you really mean the module variable, or better, pass x in and return the new value.',
     1.1,
     'PUBLISHED'),
    (md5('learnpath-seed-item:python-essentials-13')::uuid,
     'What does sorted([''b2'', ''a10'', ''a2''], key=lambda s: (s[0], int(s[1:]))) return?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "[''a2'', ''a10'', ''b2'']"}, {"key": "b", "text": "[''a10'', ''a2'', ''b2'']"}, {"key": "c", "text": "[''a2'', ''b2'', ''a10'']"}, {"key": "d", "text": "[''b2'', ''a2'', ''a10'']"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'The key turns each string into a tuple such as (''a'', 10), and tuples compare element by element: first the letter, then the number as an integer. So ''a2'' ((''a'', 2)) comes before ''a10'' ((''a'', 10)), and ''b2'' comes last. [''a10'', ''a2'', ''b2''] is plain string order, where ''1'' sorts before ''2''; [''a2'', ''b2'', ''a10''] sorts by the number only; [''b2'', ''a2'', ''a10''] is a descending order nothing asked for.',
     -0.2,
     'PUBLISHED');

insert into item_skill (item_id, skill_code) values
    (md5('learnpath-seed-item:python-essentials-7')::uuid, 'python-essentials'),
    (md5('learnpath-seed-item:python-essentials-8')::uuid, 'python-essentials'),
    (md5('learnpath-seed-item:python-essentials-9')::uuid, 'python-essentials'),
    (md5('learnpath-seed-item:python-essentials-10')::uuid, 'python-essentials'),
    (md5('learnpath-seed-item:python-essentials-11')::uuid, 'python-essentials'),
    (md5('learnpath-seed-item:python-essentials-12')::uuid, 'python-essentials'),
    (md5('learnpath-seed-item:python-essentials-13')::uuid, 'python-essentials');

-- ====================================================================================================
-- numpy-arrays
-- ====================================================================================================
-- numpy-arrays-5: stem reworded: it shared most content words with numpy-arrays-1
update item set stem = 'With a = np.arange(6).reshape(2, 3) and weights b = np.array([10, 20, 30]), compute (a * b).sum(axis=1)[1]. Answer with an integer.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:numpy-arrays-5')::uuid;

-- numpy-arrays-6: rebalanced options: the key was the longest
update item set choices = '[{"key": "a", "text": "X * w.T"}, {"key": "b", "text": "X * w.reshape(1, 5)"}, {"key": "c", "text": "X * w[:, None]"}, {"key": "d", "text": "X * np.tile(w, (3, 1))"}]'::jsonb,
    explanation = 'Broadcasting aligns shapes from the right, so (5, 3) and (5,) compare 3 with 5 and fail. w[:, None] (the same as w[:, np.newaxis] or w.reshape(-1, 1)) has shape (5, 1), which broadcasts against (5, 3) by repeating each row''s weight across the 3 columns. Transposing a 1-D array does nothing, reshape(1, 5) still mismatches 3 vs 5, and np.tile(w, (3, 1)) builds shape (3, 5), the transpose of what is needed, so it fails too.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:numpy-arrays-6')::uuid;

insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:numpy-arrays-7')::uuid,
     'What do the Python list expression [1, 2, 3] * 2 and the NumPy expression np.array([1, 2, 3]) * 2 give?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "[1, 2, 3, 1, 2, 3] and array([2, 4, 6])"}, {"key": "b", "text": "[2, 4, 6] and array([2, 4, 6])"}, {"key": "c", "text": "[1, 2, 3, 1, 2, 3] and array([1, 2, 3, 1, 2, 3])"}, {"key": "d", "text": "[2, 4, 6] and array([1, 2, 3, 1, 2, 3])"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'For lists, * with an integer means repetition, so [1, 2, 3] * 2 concatenates the list with itself. NumPy arrays implement arithmetic element-wise (vectorized), so np.array([1, 2, 3]) * 2 doubles each element. Mixing the two up is a classic bug when code switches between lists and arrays; the other combinations give one of the two operations the other''s meaning.',
     -1.5,
     'PUBLISHED'),
    (md5('learnpath-seed-item:numpy-arrays-8')::uuid,
     'What is the dtype of np.array([1, 2, 3.5])?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "float64"}, {"key": "b", "text": "int64"}, {"key": "c", "text": "object"}, {"key": "d", "text": "int64 for 1 and 2, float64 for 3.5"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'A NumPy array has one dtype for all its elements. When the inputs mix integers and floats, NumPy picks a common type that can hold them all, float64, and stores 1 and 2 as 1.0 and 2.0. int64 would lose the 0.5, object is used only for inputs with no common numeric type (e.g. numbers mixed with arbitrary Python objects), and there are no per-element dtypes.',
     -1.2,
     'PUBLISHED'),
    (md5('learnpath-seed-item:numpy-arrays-9')::uuid,
     'a = np.array([30, 10, 20]). What does print(np.argsort(a)) show?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "[1 2 0]"}, {"key": "b", "text": "[2 0 1]"}, {"key": "c", "text": "[10 20 30]"}, {"key": "d", "text": "[0 1 2]"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'argsort returns the indices that would sort the array: the smallest value, 10, is at index 1, then 20 at index 2, then 30 at index 0, so [1 2 0], and a[np.argsort(a)] is the sorted array. [2 0 1] is the rank of each element (what np.argsort(np.argsort(a)) or scipy.stats.rankdata give, from 0), [10 20 30] is np.sort(a), and [0 1 2] would mean the array was already sorted. argsort is how you get, say, the top-k predictions: np.argsort(scores)[::-1][:k].',
     -0.7,
     'PUBLISHED'),
    (md5('learnpath-seed-item:numpy-arrays-10')::uuid,
     'Which of these expressions create an array of shape (3, 4)? Select all that apply.',
     'MULTIPLE_CHOICE',
     '[{"key": "a", "text": "np.zeros((3, 4))"}, {"key": "b", "text": "np.zeros(3, 4)"}, {"key": "c", "text": "np.arange(12).reshape(3, -1)"}, {"key": "d", "text": "np.ones([3, 4])"}, {"key": "e", "text": "np.empty((4, 3)).T"}, {"key": "f", "text": "np.random.rand((3, 4))"}]'::jsonb,
     '{"choices": ["a", "c", "d", "e"]}'::jsonb,
     'np.zeros, np.ones and np.empty take the shape as one argument, a tuple or a list, so np.zeros((3, 4)) and np.ones([3, 4]) work; np.zeros(3, 4) passes 4 as the dtype argument and raises a TypeError. reshape(3, -1) lets NumPy infer the second dimension (12 / 3 = 4), and transposing a (4, 3) array gives (3, 4). np.random.rand is the exception that takes the dimensions as separate arguments, rand(3, 4), so rand((3, 4)) raises a TypeError (np.random.default_rng().random((3, 4)) takes a tuple).',
     -0.2,
     'PUBLISHED'),
    (md5('learnpath-seed-item:numpy-arrays-11')::uuid,
     'a = np.arange(1, 7).reshape(2, 3). What is a[[0, 1], [2, 0]].sum()? Answer with an integer.',
     'NUMERIC',
     null,
     '{"value": 7, "tolerance": 0}'::jsonb,
     'a is [[1, 2, 3], [4, 5, 6]]. With two integer lists, fancy indexing pairs them element by element: it picks a[0, 2] = 3 and a[1, 0] = 4, a 1-D result [3, 4] whose sum is 7. It does not select the 2 x 2 block of rows 0-1 and columns 2 and 0 (that block would sum to 3 + 1 + 6 + 4 = 14); for a block use a[np.ix_([0, 1], [2, 0])] or a[[0, 1]][:, [2, 0]].',
     0.8,
     'PUBLISHED'),
    (md5('learnpath-seed-item:numpy-arrays-12')::uuid,
     'X has shape (200, 5) and w has shape (5,). What are the shapes of X @ w and of X * w?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "(200,) and (200, 5)"}, {"key": "b", "text": "(200, 1) and (200, 5)"}, {"key": "c", "text": "(200,) and a ValueError"}, {"key": "d", "text": "(5,) and (200, 5)"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     '@ is matrix multiplication: (200, 5) @ (5,) contracts the shared dimension 5 and returns one value per row, shape (200,), which is how a linear model computes X @ w + b. A 1-D w is not a column vector, so the result is not (200, 1). * is element-wise with broadcasting: w of shape (5,) lines up with the last axis of X, so every row is multiplied by w and the shape stays (200, 5); no error is raised. (5,) is the shape of w itself (or of X.T @ y), not of X @ w.',
     0.2,
     'PUBLISHED'),
    (md5('learnpath-seed-item:numpy-arrays-13')::uuid,
     'Two grayscale images are loaded as uint8 arrays. a = np.array([10, 200], dtype=np.uint8); b = np.array([20, 100], dtype=np.uint8). What does print(a - b) show?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "[246 100]"}, {"key": "b", "text": "[-10 100]"}, {"key": "c", "text": "[  0 100]"}, {"key": "d", "text": "[ 10 100]"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'Arithmetic on uint8 arrays stays in uint8 and wraps around modulo 256, silently: 10 - 20 = -10 becomes 246. NumPy does not upcast to a signed type, so -10 is not possible, and it does not saturate at 0 the way image libraries such as OpenCV''s cv2.subtract do; nor does it take absolute values. Convert first, e.g. a.astype(np.int16) - b or np.abs(a.astype(int) - b), before computing image differences or brightness changes.',
     1.4,
     'PUBLISHED');

insert into item_skill (item_id, skill_code) values
    (md5('learnpath-seed-item:numpy-arrays-7')::uuid, 'numpy-arrays'),
    (md5('learnpath-seed-item:numpy-arrays-8')::uuid, 'numpy-arrays'),
    (md5('learnpath-seed-item:numpy-arrays-9')::uuid, 'numpy-arrays'),
    (md5('learnpath-seed-item:numpy-arrays-10')::uuid, 'numpy-arrays'),
    (md5('learnpath-seed-item:numpy-arrays-11')::uuid, 'numpy-arrays'),
    (md5('learnpath-seed-item:numpy-arrays-12')::uuid, 'numpy-arrays'),
    (md5('learnpath-seed-item:numpy-arrays-13')::uuid, 'numpy-arrays');

-- ====================================================================================================
-- pandas-data-structures
-- ====================================================================================================
-- pandas-data-structures-2: rebalanced options: the key was the longest
update item set choices = '[{"key": "a", "text": "df[''zip_code''].astype(str) after loading"}, {"key": "b", "text": "read_csv(..., dtype={''zip_code'': str})"}, {"key": "c", "text": "read_csv(..., parse_dates=[''zip_code''])"}, {"key": "d", "text": "df[''zip_code''].astype(''category'') after loading"}]'::jsonb,
    explanation = 'read_csv infers a numeric dtype for all-digit columns and the leading zero is lost during parsing. Declaring the column as text at load time, dtype={''zip_code'': str} (or ''string''), keeps the original characters. Converting to str or category after loading is too late: both produce ''2139'' because the zero is already gone. parse_dates would try to read the codes as dates. Zip codes are identifiers, not quantities, so they should not be numeric.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:pandas-data-structures-2')::uuid;

-- pandas-data-structures-4: rebalanced options and removed an absolute word from a wrong option
update item set choices = '[{"key": "a", "text": "The file has decimal points; read with dtype ''int8'' to truncate them"}, {"key": "b", "text": "pandas reads every numeric CSV column as float64; use ''category''"}, {"key": "c", "text": "A text value is hidden in the column; read it with ''object'' dtype"}, {"key": "d", "text": "Some ages are missing (NaN is a float); use the nullable ''Int64'' dtype"}]'::jsonb,
    explanation = 'The classic NumPy-backed int64 dtype has no missing-value marker, so a whole-number column with blanks is upcast to float64 so that it can hold NaN. pandas'' nullable integer dtype ''Int64'' (capital I) stores integers plus pd.NA, e.g. pd.read_csv(..., dtype={''age'': ''Int64''}). The values are whole numbers, so there are no decimals to truncate; pandas reads complete integer columns as int64, not float64; and a text value would make the column object dtype, not float64.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:pandas-data-structures-4')::uuid;

-- pandas-data-structures-6: rebalanced options: the key was the longest
update item set choices = '[{"key": "a", "text": "Both come back as object unless you pass parse_dates and dtype when reading"}, {"key": "b", "text": "Both keep their dtypes, since to_csv writes a type header line"}, {"key": "c", "text": "''ts'' is parsed back to datetime64, but ''plan'' turns into object"}, {"key": "d", "text": "Both come back as float64 codes, the way pandas stores them"}]'::jsonb,
    explanation = 'CSV is plain text with no type information, so read_csv sees strings in both columns: ''ts'' stays object unless you pass parse_dates=[''ts''], and ''plan'' stays object unless you pass dtype={''plan'': ''category''}. to_csv writes no type header, read_csv does not parse dates automatically, and a category column is written as its labels, not as integer codes. Columnar binary formats such as Parquet store the schema, so datetimes and categoricals survive a to_parquet/read_parquet round trip.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:pandas-data-structures-6')::uuid;

insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:pandas-data-structures-7')::uuid,
     'df = pd.DataFrame({''a'': [1, 2, 3], ''b'': [''x'', ''y'', ''z'']}). What is df.shape?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "(3, 2)"}, {"key": "b", "text": "(2, 3)"}, {"key": "c", "text": "6"}, {"key": "d", "text": "(3,)"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'shape is (number of rows, number of columns): the dict gives two columns, a and b, each with three values, so (3, 2). (2, 3) swaps rows and columns, 6 is df.size (the number of cells), and (3,) is the shape of a single column such as df[''a''].',
     -1.5,
     'PUBLISHED'),
    (md5('learnpath-seed-item:pandas-data-structures-8')::uuid,
     'For a DataFrame df with a column ''a'', what are type(df[''a'']).__name__ and type(df[[''a'']]).__name__?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "Series and DataFrame"}, {"key": "b", "text": "DataFrame and DataFrame"}, {"key": "c", "text": "Series and Series"}, {"key": "d", "text": "Series and list"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'A single label in [] selects one column as a Series; a list of labels, even a list with one label, selects a DataFrame with those columns. The distinction matters in scikit-learn: most transformers expect a 2-D X, so df[[''a'']] works where df[''a''] raises an error about a 1-D array. A list selection never returns a Python list.',
     -1.2,
     'PUBLISHED'),
    (md5('learnpath-seed-item:pandas-data-structures-9')::uuid,
     's1 = pd.Series([1, 2], index=[''a'', ''b'']); s2 = pd.Series([10, 20], index=[''b'', ''c'']). What is s1 + s2?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "a: NaN, b: 12.0, c: NaN"}, {"key": "b", "text": "a: 11, b: 22 (added by position)"}, {"key": "c", "text": "b: 12 only"}, {"key": "d", "text": "a: 1, b: 12, c: 20"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'Arithmetic between Series aligns on index labels, not positions: the result has the union of the labels, and labels present in only one Series get NaN (which also makes the dtype float64, hence 12.0). Adding by position would need s1.values + s2.values; keeping only the shared label is what an inner join does; treating missing values as 0 needs s1.add(s2, fill_value=0).',
     -0.6,
     'PUBLISHED'),
    (md5('learnpath-seed-item:pandas-data-structures-10')::uuid,
     'Which of these calls create a DataFrame with exactly 2 rows and 2 columns? Select all that apply.',
     'MULTIPLE_CHOICE',
     '[{"key": "a", "text": "pd.DataFrame({''a'': [1, 2], ''b'': [3, 4]})"}, {"key": "b", "text": "pd.DataFrame([[1, 2], [3, 4]])"}, {"key": "c", "text": "pd.DataFrame([{''a'': 1, ''b'': 2}, {''c'': 3}])"}, {"key": "d", "text": "pd.DataFrame({''a'': 1, ''b'': 2})"}, {"key": "e", "text": "pd.Series({''a'': [1, 2], ''b'': [3, 4]})"}]'::jsonb,
     '{"choices": ["a", "b"]}'::jsonb,
     'A dict of equal-length lists gives one column per key, and a list of lists gives one row per inner list, so both are 2 x 2. A list of dicts gives one row per dict and the union of their keys as columns, here a, b and c (2 x 3, with NaN). A dict of scalars raises ValueError: If using all scalar values, you must pass an index. pd.Series on a dict of lists is a Series of two list objects, not a table.',
     -0.2,
     'PUBLISHED'),
    (md5('learnpath-seed-item:pandas-data-structures-11')::uuid,
     's = pd.Series([''a'', None, ''b'', ''a'', np.nan]). What is len(s) + s.count() + s.nunique()? Answer with an integer.',
     'NUMERIC',
     null,
     '{"value": 10, "tolerance": 0}'::jsonb,
     'len counts every row including missing ones: 5. count counts the non-missing values: a, b, a, so 3 (None and np.nan are both treated as missing). nunique counts distinct non-missing values by default (dropna=True): a and b, so 2. Total 5 + 3 + 2 = 10. Answers such as 12 or 13 count missing values as values.',
     0.5,
     'PUBLISHED'),
    (md5('learnpath-seed-item:pandas-data-structures-12')::uuid,
     's = pd.Series([''a'', ''b''], dtype=''category''). What happens when you run s[0] = ''c''?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "A TypeError: ''c'' is not one of the categories"}, {"key": "b", "text": "s becomes [''c'', ''b''] and ''c'' is added to the categories"}, {"key": "c", "text": "s becomes [NaN, ''b'']: unknown values are set to missing"}, {"key": "d", "text": "s is converted to object dtype and becomes [''c'', ''b'']"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'A categorical column only accepts values from its fixed set of categories; assigning a new value raises TypeError: Cannot setitem on a Categorical with a new category (c), set the categories first. Add it first with s = s.cat.add_categories([''c'']). pandas does not extend the categories silently, does not replace the value with NaN on assignment (pd.Categorical(values, categories=...) does that when constructing), and does not fall back to object dtype. Keep this in mind when category dtype is used to save memory.',
     1.0,
     'PUBLISHED'),
    (md5('learnpath-seed-item:pandas-data-structures-13')::uuid,
     'A price column was read as object dtype: its values are the strings ''10'', ''20'' and ''5''. What does df[''price''].sum() return?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "''10205''"}, {"key": "b", "text": "35"}, {"key": "c", "text": "35.0"}, {"key": "d", "text": "A TypeError about adding up strings"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'sum adds the values with +, and for Python strings + concatenates, so an object column of numeric-looking strings sums to ''10205'' without any error or warning. pandas does not convert strings to numbers on its own: convert first with pd.to_numeric(df[''price'']) (errors=''coerce'' turns bad values into NaN) or read the column with a numeric dtype. This is why checking df.dtypes right after loading catches silent errors.',
     1.2,
     'PUBLISHED');

insert into item_skill (item_id, skill_code) values
    (md5('learnpath-seed-item:pandas-data-structures-7')::uuid, 'pandas-data-structures'),
    (md5('learnpath-seed-item:pandas-data-structures-8')::uuid, 'pandas-data-structures'),
    (md5('learnpath-seed-item:pandas-data-structures-9')::uuid, 'pandas-data-structures'),
    (md5('learnpath-seed-item:pandas-data-structures-10')::uuid, 'pandas-data-structures'),
    (md5('learnpath-seed-item:pandas-data-structures-11')::uuid, 'pandas-data-structures'),
    (md5('learnpath-seed-item:pandas-data-structures-12')::uuid, 'pandas-data-structures'),
    (md5('learnpath-seed-item:pandas-data-structures-13')::uuid, 'pandas-data-structures');

-- ====================================================================================================
-- pandas-indexing
-- ====================================================================================================
-- pandas-indexing-2: rebalanced options: the key was the longest
update item set choices = '[{"key": "a", "text": "df.iloc[:, 1:3]"}, {"key": "b", "text": "df.loc[:, 1:4]"}, {"key": "c", "text": "df.loc[:, ''b'':''d'']"}, {"key": "d", "text": "df.iloc[:, ''b'':''d'']"}]'::jsonb,
    explanation = 'Label-based slicing with loc includes both endpoints, so ''b'':''d'' returns b, c and d. Position-based slicing with iloc excludes the end like Python slices, so 1:3 returns only b and c (iloc[:, 1:4] would be correct). loc expects labels, so an integer slice on string column labels raises a TypeError, and iloc expects positions, so a slice of labels raises a TypeError too.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:pandas-indexing-2')::uuid;

-- pandas-indexing-6: rebalanced options: the key was the longest
update item set choices = '[{"key": "a", "text": "The rows labelled 0, 1 and 2"}, {"key": "b", "text": "The rows labelled 0 and 2"}, {"key": "c", "text": "The first two rows by position (labels 3 and 0)"}, {"key": "d", "text": "A KeyError, because loc slicing requires a sorted index"}]'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:pandas-indexing-6')::uuid;

insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:pandas-indexing-7')::uuid,
     'df has the row labels ''r1'', ''r2'', ''r3'' and a column ''x''. Which expression selects the row labelled ''r2''?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "df.loc[''r2'']"}, {"key": "b", "text": "df[''r2'']"}, {"key": "c", "text": "df.iloc[''r2'']"}, {"key": "d", "text": "df.at[''r2'']"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'loc selects by label, so df.loc[''r2''] returns that row as a Series. df[''r2''] looks for a column named r2 and raises a KeyError; iloc takes integer positions only and raises a TypeError for a label; at needs both a row and a column label (df.at[''r2'', ''x'']) because it returns a single value.',
     -1.4,
     'PUBLISHED'),
    (md5('learnpath-seed-item:pandas-indexing-8')::uuid,
     'df has 10 rows. What does df.iloc[-3:] return?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "The last three rows"}, {"key": "b", "text": "All rows except the last three"}, {"key": "c", "text": "The first three rows"}, {"key": "d", "text": "The rows whose index label is -3 or more"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'iloc works on positions like Python sequences, and negative positions count from the end, so -3: starts three rows before the end and runs to the end: the last three rows (positions 7, 8 and 9). All rows except the last three is iloc[:-3]; the first three rows is iloc[:3]; iloc never looks at index labels, which is what loc does.',
     -1.1,
     'PUBLISHED'),
    (md5('learnpath-seed-item:pandas-indexing-9')::uuid,
     'df has columns a and b. Which of these expressions return a DataFrame rather than a Series? Select all that apply.',
     'MULTIPLE_CHOICE',
     '[{"key": "a", "text": "df[[''a'']]"}, {"key": "b", "text": "df[''a'']"}, {"key": "c", "text": "df.loc[:, [''a'']]"}, {"key": "d", "text": "df.iloc[0]"}, {"key": "e", "text": "df.iloc[[0]]"}, {"key": "f", "text": "df.iloc[:, 0:1]"}]'::jsonb,
     '{"choices": ["a", "c", "e", "f"]}'::jsonb,
     'Selecting with a list ([''a''], [0]) or a slice (0:1) keeps that axis, so the result stays two-dimensional: a DataFrame. A single label or position drops the axis: df[''a''] is one column as a Series, and df.iloc[0] is one row as a Series indexed by the column names. Use the list form when a 2-D input is required, for example as X for scikit-learn.',
     -0.3,
     'PUBLISHED'),
    (md5('learnpath-seed-item:pandas-indexing-10')::uuid,
     'threshold = 30 is a Python variable. Which call filters df to the rows with age above it, referring to the variable inside the query string?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "df.query(''age > @threshold'')"}, {"key": "b", "text": "df.query(''age > threshold'')"}, {"key": "c", "text": "df.query(''age > $threshold'')"}, {"key": "d", "text": "df.query(''age'' > threshold)"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'Inside query (and eval), names refer to columns, and an @ prefix refers to a local or global Python variable. Without @, threshold is looked up as a column and pandas raises UndefinedVariableError. $ is not query syntax (SyntaxError), and ''age'' > threshold compares a string with an integer in plain Python before query is even called, raising a TypeError.',
     -0.6,
     'PUBLISHED'),
    (md5('learnpath-seed-item:pandas-indexing-11')::uuid,
     's = pd.Series([50, 20, 80, 80], index=[10, 11, 12, 13]). What is s.idxmax() + s.argmax()? Answer with an integer.',
     'NUMERIC',
     null,
     '{"value": 14, "tolerance": 0}'::jsonb,
     'idxmax returns the index label of the first maximum, 12; argmax returns its integer position, 2. So the sum is 14. Mixing the two up gives 24 (label twice) or 4 (position twice), and taking the last maximum (label 13, position 3) gives 15 or 16; both functions return the first occurrence.',
     0.7,
     'PUBLISHED'),
    (md5('learnpath-seed-item:pandas-indexing-12')::uuid,
     'df has the index labels ''a'' and ''b''. What does df.loc[[''a'', ''z'']] return in pandas 2.x?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "A KeyError naming ''z''"}, {"key": "b", "text": "The row ''a'' plus a row ''z'' filled with NaN"}, {"key": "c", "text": "Only the row ''a''; missing labels are skipped"}, {"key": "d", "text": "The row ''a'' twice, since ''z'' falls back to it"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'Since pandas 1.0, loc with a list raises KeyError: [''z''] not in index if any label is missing. The older behaviour of inserting a NaN row for the missing label is now done explicitly with df.reindex([''a'', ''z'']). loc neither drops unknown labels silently nor substitutes another row; to keep only the labels that exist, filter first, e.g. df.loc[df.index.intersection([''a'', ''z''])].',
     1.0,
     'PUBLISHED'),
    (md5('learnpath-seed-item:pandas-indexing-13')::uuid,
     'df is indexed by (region, year) pairs such as (''EU'', 2023): region outside, year inside. Which expression returns the rows for 2023 of every region?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "df.loc[2023]"}, {"key": "b", "text": "df.xs(2023, level=1)"}, {"key": "c", "text": "df.loc[(2023, slice(None))]"}, {"key": "d", "text": "df.loc[:, 2023]"}]'::jsonb,
     '{"choice": "b"}'::jsonb,
     'A scalar in loc is matched against the first (outermost) level, so df.loc[2023] and df.loc[(2023, slice(None))] look for a region called 2023 and raise a KeyError; the tuple puts 2023 in the region position. df.loc[:, 2023] looks for a column named 2023. xs (cross-section) selects by a given level, here level=1 (or level=''year''), and drops that level from the result. df.loc[(slice(None), 2023), :] also works on a sorted index.',
     1.3,
     'PUBLISHED');

insert into item_skill (item_id, skill_code) values
    (md5('learnpath-seed-item:pandas-indexing-7')::uuid, 'pandas-indexing'),
    (md5('learnpath-seed-item:pandas-indexing-8')::uuid, 'pandas-indexing'),
    (md5('learnpath-seed-item:pandas-indexing-9')::uuid, 'pandas-indexing'),
    (md5('learnpath-seed-item:pandas-indexing-10')::uuid, 'pandas-indexing'),
    (md5('learnpath-seed-item:pandas-indexing-11')::uuid, 'pandas-indexing'),
    (md5('learnpath-seed-item:pandas-indexing-12')::uuid, 'pandas-indexing'),
    (md5('learnpath-seed-item:pandas-indexing-13')::uuid, 'pandas-indexing');

-- ====================================================================================================
-- pandas-groupby
-- ====================================================================================================
-- pandas-groupby-1: rebalanced options: the key was the longest
update item set choices = '[{"key": "a", "text": "orders.groupby(''customer_id'')[''amount''].sum()"}, {"key": "b", "text": "orders.groupby(''customer_id'')[''amount''].agg([''sum''])"}, {"key": "c", "text": "orders.groupby(''customer_id'', as_index=False)[''amount''].sum()"}, {"key": "d", "text": "orders.groupby(''customer_id'')[''amount''].transform(''sum'')"}]'::jsonb,
    explanation = 'transform returns a result aligned with the original rows (same index and length), repeating each group''s statistic on every row of that group, which is exactly what you need for features like share of customer total. sum() and agg([''sum'']) reduce each group to one row, giving 20 values indexed by customer_id; as_index=False only turns customer_id into a column of that 20-row result.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:pandas-groupby-1')::uuid;

-- pandas-groupby-4: rebalanced options: the key was the longest
update item set choices = '[{"key": "a", "text": "They are left out of every group (dropna=True is the default)"}, {"key": "b", "text": "They form a group labelled NaN at the end of the result"}, {"key": "c", "text": "groupby raises a ValueError because the key contains missing values"}, {"key": "d", "text": "Their sales are added to the first region alphabetically"}]'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:pandas-groupby-4')::uuid;

-- pandas-groupby-6: rebalanced options: the key was the longest
update item set choices = '[{"key": "a", "text": "Returns the mean of sales per region and silently drops customer_name"}, {"key": "b", "text": "Returns the mean of sales and the most frequent customer_name per region"}, {"key": "c", "text": "It raises a TypeError on the customer_name column"}, {"key": "d", "text": "Returns the overall mean of sales repeated for every region"}]'::jsonb,
    explanation = 'Since pandas 2.0, numeric_only defaults to False and nuisance columns are no longer dropped silently, so averaging a string column raises a TypeError. Select the column, df.groupby(''region'')[''sales''].mean(), or pass numeric_only=True. Silently dropping the text column was pandas 1.x behaviour (with a deprecation warning); mean never returns a mode for text, and a groupby reduction gives one value per group, not the overall mean.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:pandas-groupby-6')::uuid;

insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:pandas-groupby-7')::uuid,
     'orders has one row per order, with columns order_id, customer and amount. Which expression gives the number of orders per customer?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "orders.groupby(''customer'').size()"}, {"key": "b", "text": "orders[''customer''].count()"}, {"key": "c", "text": "orders[''customer''].unique()"}, {"key": "d", "text": "orders.groupby(''order_id'').size()"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'size() counts the rows in each group, here one row per order, indexed by customer (orders[''customer''].value_counts() gives the same counts, sorted by frequency). count() on the column returns one number, the non-missing customer values in the whole table, and unique() lists the different customers without counting anything. Grouping by order_id gives 1 for every order.',
     -1.4,
     'PUBLISHED'),
    (md5('learnpath-seed-item:pandas-groupby-8')::uuid,
     'What does df.groupby([''region'', ''product''])[''sales''].sum() return?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "A Series with a (region, product) MultiIndex"}, {"key": "b", "text": "A DataFrame with region and product as columns"}, {"key": "c", "text": "A DataFrame with one column per product"}, {"key": "d", "text": "A Series indexed by region, with products summed"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'Grouping by two keys and aggregating one column gives a Series whose index has one level per key, one entry per combination that occurs. To get the keys as columns add as_index=False or call reset_index(); to spread products into columns call unstack(). Products are not summed away: each region-product pair keeps its own total.',
     -1.1,
     'PUBLISHED'),
    (md5('learnpath-seed-item:pandas-groupby-9')::uuid,
     'df has one row per order with columns region and customer_id; customers can order many times. Which expressions give the number of DIFFERENT customers per region? Select all that apply.',
     'MULTIPLE_CHOICE',
     '[{"key": "a", "text": "df.groupby(''region'')[''customer_id''].nunique()"}, {"key": "b", "text": "df.groupby(''region'')[''customer_id''].count()"}, {"key": "c", "text": "df.groupby(''region'').size()"}, {"key": "d", "text": "df.drop_duplicates([''region'', ''customer_id'']).groupby(''region'').size()"}, {"key": "e", "text": "df.groupby(''region'')[''customer_id''].unique()"}]'::jsonb,
     '{"choices": ["a", "d"]}'::jsonb,
     'nunique counts distinct values per group, and dropping duplicate region-customer pairs first leaves one row per customer and region, so size() then counts customers. count() and size() count orders (rows), so a customer who ordered three times counts three times. unique() returns the arrays of distinct ids, not their number.',
     -0.4,
     'PUBLISHED'),
    (md5('learnpath-seed-item:pandas-groupby-10')::uuid,
     'df = pd.DataFrame({''g'': [''a'', ''a'', ''b'', ''a''], ''x'': [1.0, None, 3.0, None]}). What is df.groupby(''g'').size()[''a''] - df.groupby(''g'')[''x''].count()[''a'']? Answer with an integer.',
     'NUMERIC',
     null,
     '{"value": 2, "tolerance": 0}'::jsonb,
     'size() counts the rows of each group whatever their values: group a has 3 rows. count() counts the non-missing values of the column: group a has only one non-missing x (1.0). So 3 - 1 = 2. Treating both as row counts gives 0; knowing this difference matters when a count is used as a feature or a denominator.',
     -0.2,
     'PUBLISHED'),
    (md5('learnpath-seed-item:pandas-groupby-11')::uuid,
     'df has one row per sale with columns store and sales, and s = df.groupby(''store'')[''sales'']. Which expression gives each sale''s share of its own store''s total, aligned with df''s rows?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "df[''sales''] / s.transform(''sum'')"}, {"key": "b", "text": "df[''sales''] / s.sum()"}, {"key": "c", "text": "s.sum() / df[''sales''].sum()"}, {"key": "d", "text": "s.transform(''sum'') / df[''sales''].sum()"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'transform(''sum'') repeats each store''s total on every row of that store, with df''s index, so the division is row by row. s.sum() is indexed by store name, and dividing a Series indexed 0..n-1 by it aligns on labels that never match, giving all NaN. s.sum() / total gives each store''s share of all sales (one value per store), and the last option gives that store share repeated on every row.',
     0.6,
     'PUBLISHED'),
    (md5('learnpath-seed-item:pandas-groupby-12')::uuid,
     'df has one row per order with columns customer and amount, in no particular order. Which expression returns the full rows of each customer''s two largest orders?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "df.sort_values(''amount'', ascending=False).groupby(''customer'').head(2)"}, {"key": "b", "text": "df.groupby(''customer'').head(2).sort_values(''amount'', ascending=False)"}, {"key": "c", "text": "df.sort_values(''amount'', ascending=False).groupby(''customer'').first()"}, {"key": "d", "text": "df.nlargest(2, ''amount'')"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'groupby(...).head(n) keeps the first n rows of each group in the current row order, so sorting by amount descending first makes those the largest ones, with all columns and the original index. Taking head(2) before sorting keeps the first two orders as they happen to appear and only then sorts them. first() returns a single row per customer (the first non-null value of each column). nlargest(2, ''amount'') finds the two largest orders overall, not per customer.',
     1.2,
     'PUBLISHED');

insert into item_skill (item_id, skill_code) values
    (md5('learnpath-seed-item:pandas-groupby-7')::uuid, 'pandas-groupby'),
    (md5('learnpath-seed-item:pandas-groupby-8')::uuid, 'pandas-groupby'),
    (md5('learnpath-seed-item:pandas-groupby-9')::uuid, 'pandas-groupby'),
    (md5('learnpath-seed-item:pandas-groupby-10')::uuid, 'pandas-groupby'),
    (md5('learnpath-seed-item:pandas-groupby-11')::uuid, 'pandas-groupby'),
    (md5('learnpath-seed-item:pandas-groupby-12')::uuid, 'pandas-groupby');

-- ====================================================================================================
-- pandas-merge-join
-- ====================================================================================================
-- pandas-merge-join-1: rebalanced options: the key was the longest
update item set choices = '[{"key": "a", "text": "970 rows, because orders without a matching customer are dropped"}, {"key": "b", "text": "1,000 rows; NaN in the customer columns for those 30"}, {"key": "c", "text": "1,030 rows, because each unmatched order is added once more with NaN"}, {"key": "d", "text": "A MergeError, because 30 keys have no match in customers"}]'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:pandas-merge-join-1')::uuid;

-- pandas-merge-join-4: rebalanced options: the key was the longest
update item set choices = '[{"key": "a", "text": "merged.loc[merged[''_merge''] == ''left_only'', ''id'']"}, {"key": "b", "text": "merged.loc[merged[''_merge''].isin([''right_only'', ''both'']), ''id'']"}, {"key": "c", "text": "merged.loc[merged[''_merge''] == ''right_only'', ''id'']"}, {"key": "d", "text": "merged.loc[merged[''id''].isna(), ''id'']"}]'::jsonb,
    explanation = 'indicator=True adds a _merge column whose value is ''left_only'', ''right_only'' or ''both''. Rows found only in the right table (b) are ''right_only'', so filtering on it gives the ids missing from a. ''left_only'' gives the opposite set, adding ''both'' also returns the ids that a does have, and the key column of an outer join is filled from whichever side had the row, so it is not NaN for unmatched ids.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:pandas-merge-join-4')::uuid;

-- pandas-merge-join-6: issue 28: say that pandas matches NaN keys to each other; rebalanced options
update item set choices = '[{"key": "a", "text": "prices has several rows for some product_id values, e.g. a price history"}, {"key": "b", "text": "The left join also appended the price rows that matched no sale"}, {"key": "c", "text": "Some product_id values in sales are NaN, and pandas drops NaN keys from the join"}, {"key": "d", "text": "sales and prices store product_id with different dtypes (int vs str)"}]'::jsonb,
    explanation = 'A left join keeps every sales row and grows only when a left row matches several right rows: duplicate keys in prices (such as several historical prices per product) multiply the matching sales. Fix it by reducing prices to one row per product (e.g. the current price) and guard with validate=''many_to_one''. A left join does not append unmatched right rows (that is an outer or right join). NaN keys are not dropped: unlike SQL, pandas matches NaN keys to each other, so a NaN product_id in sales is kept (matched to a NaN key in prices if there is one, otherwise with NaN prices) and multiplies only if prices has several NaN keys, which is again duplicate keys in prices. Merging an int64 key with a string (object) key raises a ValueError instead of adding rows.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:pandas-merge-join-6')::uuid;

insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:pandas-merge-join-7')::uuid,
     'Which value of how in a.merge(b, on=''id'', how=...) keeps only the ids that occur in both a and b?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "how=''inner''"}, {"key": "b", "text": "how=''outer''"}, {"key": "c", "text": "how=''left''"}, {"key": "d", "text": "how=''cross''"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'An inner join (the default of merge) keeps only keys present on both sides. outer keeps the union of keys with NaN where one side is missing, left keeps every row of a, and cross pairs every row of a with every row of b without looking at keys at all.',
     -1.5,
     'PUBLISHED'),
    (md5('learnpath-seed-item:pandas-merge-join-8')::uuid,
     'customers and stores both have a column called name that is not part of the key. After customers.merge(stores, on=''store_id''), what are the two name columns called?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "name_x and name_y"}, {"key": "b", "text": "name and name_1"}, {"key": "c", "text": "name, holding the right table''s values"}, {"key": "d", "text": "customers.name and stores.name"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'When both inputs have a non-key column with the same name, merge keeps both and adds the default suffixes (''_x'', ''_y''): name_x from the left frame and name_y from the right. Pass suffixes=(''_customer'', ''_store'') for readable names. pandas neither numbers duplicates like name_1, nor lets one side overwrite the other, nor prefixes table names as SQL tools often do.',
     -1.1,
     'PUBLISHED'),
    (md5('learnpath-seed-item:pandas-merge-join-9')::uuid,
     'orders has a key column cust_id and customers has customer_id. Which columns hold the key after orders.merge(customers, left_on=''cust_id'', right_on=''customer_id'')?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "Both cust_id and customer_id are kept"}, {"key": "b", "text": "Only cust_id; the right key is dropped"}, {"key": "c", "text": "One combined key column named key_0"}, {"key": "d", "text": "Only customer_id, named after the right table"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'With left_on/right_on and different names, merge keeps both key columns, which hold equal values on matched rows; drop one afterwards (e.g. .drop(columns=''customer_id'')). Only when both sides use the same name with on= does the result have a single key column. pandas does not silently drop either key or rename it to key_0.',
     -0.6,
     'PUBLISHED'),
    (md5('learnpath-seed-item:pandas-merge-join-10')::uuid,
     'The transactions table tx has a column client_id. The table clients is indexed by client id (an unnamed index) and has a column age. Which calls add age to every transaction, keeping all transactions? Select all that apply.',
     'MULTIPLE_CHOICE',
     '[{"key": "a", "text": "tx.merge(clients, left_on=''client_id'', right_index=True, how=''left'')"}, {"key": "b", "text": "tx.join(clients, on=''client_id'')"}, {"key": "c", "text": "tx.merge(clients, on=''client_id'', how=''left'')"}, {"key": "d", "text": "pd.concat([tx, clients], axis=1)"}, {"key": "e", "text": "tx.join(clients)"}]'::jsonb,
     '{"choices": ["a", "b"]}'::jsonb,
     'To match a column on one side with the index on the other, use merge with left_on and right_index=True, or join with on= (join is a left join by default). merge(on=''client_id'') needs client_id as a column or a named index level in both frames, so it raises a KeyError here. concat with axis=1 and join without on= align tx''s own row index with the client ids, so nothing matches and age is NaN (concat also adds the clients as extra rows).',
     -0.2,
     'PUBLISHED'),
    (md5('learnpath-seed-item:pandas-merge-join-11')::uuid,
     'trades has times 10:00:01 and 10:00:05; quotes has times 10:00:00, 10:00:03 and 10:00:06 with prices 100, 101 and 102 (both sorted by time, same day). What is the sum of the price column of pd.merge_asof(trades, quotes, on=''time'')? Answer with an integer.',
     'NUMERIC',
     null,
     '{"value": 201, "tolerance": 0}'::jsonb,
     'merge_asof is a nearest-key join for ordered data; by default (direction=''backward'') each left row takes the last right row whose time is at or before its own. 10:00:01 gets the 10:00:00 quote (100) and 10:00:05 gets the 10:00:03 quote (101): 201. direction=''forward'' would give 101 + 102 = 203 and direction=''nearest'' 100 + 102 = 202. Backward matching is what avoids look-ahead when attaching the latest known value to an event.',
     0.9,
     'PUBLISHED'),
    (md5('learnpath-seed-item:pandas-merge-join-12')::uuid,
     'left = pd.DataFrame({''k'': [1, 2]}); right = pd.DataFrame({''k'': [''1'', ''2''], ''v'': [10, 20]}). What does left.merge(right, on=''k'') return?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "A ValueError (int64 vs object keys)"}, {"key": "b", "text": "An empty DataFrame, because 1 and ''1'' do not compare equal"}, {"key": "c", "text": "Two matched rows: pandas casts ''1'' and ''2'' to integers first"}, {"key": "d", "text": "Two rows with NaN in v, because no key matches"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'pandas refuses to merge an int64 key with an object (string) key and raises ValueError: You are trying to merge on int64 and object columns. It neither converts the strings for you nor returns a silent empty result as a SQL join on mismatched text might; an inner merge would not produce NaN rows either. Convert one side first, e.g. right[''k''] = right[''k''].astype(int), a common fix when one table came from CSV with ids as text.',
     1.0,
     'PUBLISHED'),
    (md5('learnpath-seed-item:pandas-merge-join-13')::uuid,
     'stores has 50 rows (column store) and dates has 365 rows (column date); the two frames share no column. Which call builds the 18,250-row table of every store-date pair, e.g. to fill in zero-sales days?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "stores.merge(dates, how=''cross'')"}, {"key": "b", "text": "pd.concat([stores, dates], axis=1)"}, {"key": "c", "text": "stores.merge(dates, how=''outer'')"}, {"key": "d", "text": "stores.join(dates)"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'how=''cross'' (pandas 1.2+) forms the Cartesian product, 50 x 365 = 18,250 rows, which you can then left-join the sales onto. concat with axis=1 places the frames side by side by row index (365 rows, NaN in store after row 50). merge with how=''outer'' and no common column raises MergeError: No common columns to perform merge on. join aligns on the row index and returns 50 rows. pd.MultiIndex.from_product is the index-based alternative.',
     1.1,
     'PUBLISHED');

insert into item_skill (item_id, skill_code) values
    (md5('learnpath-seed-item:pandas-merge-join-7')::uuid, 'pandas-merge-join'),
    (md5('learnpath-seed-item:pandas-merge-join-8')::uuid, 'pandas-merge-join'),
    (md5('learnpath-seed-item:pandas-merge-join-9')::uuid, 'pandas-merge-join'),
    (md5('learnpath-seed-item:pandas-merge-join-10')::uuid, 'pandas-merge-join'),
    (md5('learnpath-seed-item:pandas-merge-join-11')::uuid, 'pandas-merge-join'),
    (md5('learnpath-seed-item:pandas-merge-join-12')::uuid, 'pandas-merge-join'),
    (md5('learnpath-seed-item:pandas-merge-join-13')::uuid, 'pandas-merge-join');

-- ====================================================================================================
-- pandas-reshaping
-- ====================================================================================================
-- pandas-reshaping-1: rebalanced options: the key was the longest
update item set choices = '[{"key": "a", "text": "df.melt(id_vars=''store'', var_name=''month'', value_name=''sales'')"}, {"key": "b", "text": "df.pivot(index=''store'', columns=''month'', values=''sales'')"}, {"key": "c", "text": "df.T"}, {"key": "d", "text": "df.pivot_table(index=''store'', values=[''jan'', ''feb'', ''mar''])"}]'::jsonb,
    explanation = 'melt unpivots: id_vars stay as identifier columns, the remaining column names go into var_name and their values into value_name, giving one row per store and month. pivot and pivot_table go the other way (long to wide): pivot with columns=''month'' fails because there is no month column yet, and pivot_table with values=[''jan'', ''feb'', ''mar''] keeps the wide layout. df.T just swaps rows and columns, producing a wide table with stores as columns.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:pandas-reshaping-1')::uuid;

-- pandas-reshaping-2: issue 28: accept equivalent forms such as 'mean' in quotes and aggfunc='mean'
update item set stem = 'pd.pivot_table(df, index=''date'', columns=''store'', values=''sales'') is called with no aggfunc, and several rows share the same date and store. Which aggregation is applied to them by default? Name the function.',
    answer = '{"accepted": ["mean", "''mean''", "\"mean\"", "mean()", "the mean", "average", "the average", "arithmetic mean", "the arithmetic mean", "np.mean", "numpy.mean", "np.mean()", "aggfunc=''mean''", "aggfunc=\"mean\"", "aggfunc = ''mean''", "aggfunc = \"mean\"", "aggfunc=mean", "aggfunc=np.mean", "aggfunc = np.mean", "avg"]}'::jsonb,
    explanation = 'pivot_table''s default aggfunc is ''mean'' (np.mean in older pandas), so duplicate date/store pairs are averaged; any form naming the mean counts, including aggfunc=''mean''. For a revenue report this is often not what you want, so pass aggfunc=''sum'' (or ''count'', etc.) explicitly. Plain pivot applies no aggregation at all and raises an error on duplicate pairs.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:pandas-reshaping-2')::uuid;

-- pandas-reshaping-3: rebalanced options: the key was the longest
update item set choices = '[{"key": "a", "text": "The date column is text, not datetime; convert it with pd.to_datetime first"}, {"key": "b", "text": "The sales column has NaN values; fill them before calling pivot"}, {"key": "c", "text": "Some date/store pairs repeat; use pivot_table(aggfunc=''sum'')"}, {"key": "d", "text": "pivot needs a MultiIndex; call set_index([''date'', ''store'']) first"}]'::jsonb,
    explanation = 'pivot places exactly one value in each (index, column) cell, so it fails when a pair appears more than once, for instance two transactions for the same store on the same day. pivot_table resolves duplicates by aggregating them (aggfunc=''sum'' for totals); alternatively remove true duplicates first. The dtype of date and missing sales values do not cause this error, and pivot builds the (date, store) index itself: set_index([''date'', ''store'']).unstack() fails on the same duplicate pairs.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:pandas-reshaping-3')::uuid;

-- pandas-reshaping-5: removed an absolute word from a wrong option
update item set choices = '[{"key": "a", "text": "Region/year combinations missing from the data become NaN in the unstacked table"}, {"key": "b", "text": "unstack raises an error because some combinations are missing"}, {"key": "c", "text": "unstack returns a Series, like its input"}, {"key": "d", "text": "s.unstack() moves the innermost level (year) into the columns"}, {"key": "e", "text": "s.unstack(''region'') produces a table with one column per region"}]'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:pandas-reshaping-5')::uuid;

insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:pandas-reshaping-7')::uuid,
     'df has the row labels r1 and r2 and the columns a and b (4 numbers, no NaN). What does df.stack() return?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "A Series of 4 values with a (row, column) MultiIndex"}, {"key": "b", "text": "A DataFrame again, now of shape (4, 2) instead of (2, 2)"}, {"key": "c", "text": "A DataFrame with rows and columns swapped"}, {"key": "d", "text": "One wide row holding all 4 values"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'stack moves the column labels into a new innermost row-index level, so a 2 x 2 frame becomes a Series of 4 values indexed by (r1, a), (r1, b), (r2, a), (r2, b): the long format. unstack does the inverse. Swapping rows and columns is df.T, and stack never widens a table into a single row or a (4, 2) frame: the values end up in one column.',
     -1.3,
     'PUBLISHED'),
    (md5('learnpath-seed-item:pandas-reshaping-8')::uuid,
     'Each row of df has a column tags holding a Python list, e.g. [''ml'', ''python'']. Which call returns one row per tag, repeating the row''s other columns?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "df.explode(''tags'')"}, {"key": "b", "text": "df.melt(id_vars=''tags'')"}, {"key": "c", "text": "df[''tags''].apply(pd.Series)"}, {"key": "d", "text": "df[''tags''].str.split('','')"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'explode turns each list element into its own row and repeats the index and the other columns, which is the usual first step before counting tags or joining them to another table. melt unpivots columns, not list elements; apply(pd.Series) spreads the lists into numbered columns (wide, not long); str.split works on strings and the values are already lists.',
     -1.1,
     'PUBLISHED'),
    (md5('learnpath-seed-item:pandas-reshaping-9')::uuid,
     'df is long, with columns day, shop and revenue and exactly one row per day-shop pair. Which calls give a wide table with one row per day and one column per shop? Select all that apply.',
     'MULTIPLE_CHOICE',
     '[{"key": "a", "text": "df.pivot(index=''day'', columns=''shop'', values=''revenue'')"}, {"key": "b", "text": "df.set_index([''day'', ''shop''])[''revenue''].unstack()"}, {"key": "c", "text": "df.pivot(index=''shop'', columns=''day'', values=''revenue'')"}, {"key": "d", "text": "df.groupby([''day'', ''shop''])[''revenue''].sum().unstack()"}, {"key": "e", "text": "df.set_index([''day'', ''shop''])[''revenue''].unstack(0)"}, {"key": "f", "text": "df.pivot_table(index=''day'', columns=''shop'', values=''revenue'')"}]'::jsonb,
     '{"choices": ["a", "b", "d", "f"]}'::jsonb,
     'pivot, set_index + unstack, groupby + unstack and pivot_table all move shop into the columns; with exactly one row per pair, the sum of groupby and the default mean of pivot_table are the value itself. unstack() moves the innermost level (shop) by default, while unstack(0) moves the outer level, day, giving one row per shop; swapping index and columns in pivot does the same. Both are transposed versions of the table asked for.',
     -0.4,
     'PUBLISHED'),
    (md5('learnpath-seed-item:pandas-reshaping-10')::uuid,
     'df has the rows (d1, A, 10), (d1, A, 20), (d1, B, 5), (d2, B, 7) for (date, store, sales). t = pd.pivot_table(df, index=''date'', columns=''store'', values=''sales'', aggfunc=''sum'', fill_value=0). What is t.values.mean()? Answer with a number.',
     'NUMERIC',
     null,
     '{"value": 10.5, "tolerance": 0.005}'::jsonb,
     'The table has 2 dates x 2 stores = 4 cells: (d1, A) = 10 + 20 = 30, (d1, B) = 5, (d2, B) = 7, and (d2, A) has no rows, so fill_value puts 0 there. The mean of 30, 5, 0 and 7 is 42 / 4 = 10.5. Without fill_value the empty cell is NaN and a NaN-skipping mean gives 14; with the default aggfunc (mean) the (d1, A) cell is 15 and the result is 6.75.',
     -0.3,
     'PUBLISHED'),
    (md5('learnpath-seed-item:pandas-reshaping-11')::uuid,
     'wide has columns store, jan, feb, mar. After long = wide.melt(id_vars=''store''), you run back = long.pivot(index=''store'', columns=''variable'', values=''value''). How does back differ from wide?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "store is now the index, and the columns come out as feb, jan, mar"}, {"key": "b", "text": "Not at all: pivot is the exact inverse of melt, column order included"}, {"key": "c", "text": "The month values are averaged, so there is one row per month"}, {"key": "d", "text": "A ValueError, because melt leaves duplicate store entries behind"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'pivot puts the index argument into the row index and sorts the new column labels, so the months come back alphabetically (feb, jan, mar) under a columns name ''variable''; restore the layout with back[[''jan'', ''feb'', ''mar'']].reset_index(). pivot does not aggregate; and each (store, variable) pair occurs once after melt, so there are no duplicates and no error.',
     1.1,
     'PUBLISHED'),
    (md5('learnpath-seed-item:pandas-reshaping-12')::uuid,
     't = df.pivot_table(index=''store'', columns=''month'', values=''sales'', aggfunc=[''sum'', ''mean'']). Which expression selects the March totals (the sum) for every store?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "t[(''mar'', ''sum'')]"}, {"key": "b", "text": "t[(''sum'', ''mar'')]"}, {"key": "c", "text": "t[''mar'']"}, {"key": "d", "text": "t.loc[''mar'', ''sum'']"}]'::jsonb,
     '{"choice": "b"}'::jsonb,
     'With a list of aggfuncs the result has two column levels, the function outside and the month inside: (''sum'', ''jan''), (''sum'', ''mar''), (''mean'', ''jan'')... so t[(''sum'', ''mar'')] (or t[''sum''][''mar'']) selects the column. The reversed tuple and t[''mar''] raise KeyError because mar is not in the outer level, and loc with one label looks up the rows (stores) first. Flattening, e.g. t.columns = [''_''.join(c) for c in t.columns], makes such tables easier to use as features.',
     1.4,
     'PUBLISHED');

insert into item_skill (item_id, skill_code) values
    (md5('learnpath-seed-item:pandas-reshaping-7')::uuid, 'pandas-reshaping'),
    (md5('learnpath-seed-item:pandas-reshaping-8')::uuid, 'pandas-reshaping'),
    (md5('learnpath-seed-item:pandas-reshaping-9')::uuid, 'pandas-reshaping'),
    (md5('learnpath-seed-item:pandas-reshaping-10')::uuid, 'pandas-reshaping'),
    (md5('learnpath-seed-item:pandas-reshaping-11')::uuid, 'pandas-reshaping'),
    (md5('learnpath-seed-item:pandas-reshaping-12')::uuid, 'pandas-reshaping');

-- ====================================================================================================
-- pandas-datetime
-- ====================================================================================================
-- pandas-datetime-6: rebalanced options: the key was the longest
update item set choices = '[{"key": "a", "text": "pd.to_datetime(df[''date''], format=''%d/%m/%Y'')"}, {"key": "b", "text": "pd.to_datetime(df[''date''], infer_datetime_format=True)"}, {"key": "c", "text": "pd.to_datetime(df[''date''], errors=''coerce'')"}, {"key": "d", "text": "pd.to_datetime(df[''date''], utc=True)"}]'::jsonb,
    explanation = 'An explicit format states the day-first convention, so ''03/04/2024'' becomes 3 April and every row is parsed the same way (dayfirst=True is the looser alternative). Without it pandas reads such strings month-first, so ''03/04/2024'' becomes 4 March, and since pandas 2.0 the format inferred from the first value is applied to all rows, so ''25/04/2024'' then fails; infer_datetime_format=True is deprecated in 2.x and changes nothing about that. errors=''coerce'' hides the failure by turning rows into NaT, and utc=True only concerns time zones.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:pandas-datetime-6')::uuid;

insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:pandas-datetime-7')::uuid,
     'df[''created''] has dtype datetime64[ns]. Which expression returns the month number (1 to 12) of every row?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "df[''created''].dt.month"}, {"key": "b", "text": "df[''created''].month"}, {"key": "c", "text": "df[''created''].dt.month_name()"}, {"key": "d", "text": "df[''created''].dt.to_period(''M'')"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'Datetime components of a Series are reached through the .dt accessor, and dt.month gives integers 1 to 12. df[''created''].month raises an AttributeError (a Series has no month attribute; a single Timestamp or a DatetimeIndex does). dt.month_name() returns strings such as ''March'', and dt.to_period(''M'') returns monthly periods such as 2024-03, not numbers.',
     -1.5,
     'PUBLISHED'),
    (md5('learnpath-seed-item:pandas-datetime-8')::uuid,
     'What is (pd.Timestamp(''2024-03-01'') - pd.Timestamp(''2024-02-01'')).days?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "29"}, {"key": "b", "text": "30"}, {"key": "c", "text": "28"}, {"key": "d", "text": "31"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'Subtracting two Timestamps gives a Timedelta, and .days is its length in whole days. 2024 is a leap year (divisible by 4 and not a century year), so February 2024 has 29 days. 28 is a non-leap February, and 30 or 31 are what you get by assuming a fixed month length, which is why durations should be computed from dates rather than from month counts.',
     -1.1,
     'PUBLISHED'),
    (md5('learnpath-seed-item:pandas-datetime-9')::uuid,
     'What does pd.to_datetime(pd.Series([''2024-01-05'', ''not a date'']), errors=''coerce'') return?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "2024-01-05 and NaT"}, {"key": "b", "text": "A ValueError naming ''not a date''"}, {"key": "c", "text": "2024-01-05 and the text ''not a date'' unchanged"}, {"key": "d", "text": "2024-01-05 and 1970-01-01"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'errors=''coerce'' converts what it can and turns unparseable values into NaT (not a time), the datetime missing value, so the result is a datetime64 Series. The default errors=''raise'' would raise the ValueError; leaving the text in place was the (now deprecated) errors=''ignore'' behaviour; 1970-01-01 is the epoch, which pandas does not use as a fill value. Count the NaT afterwards (isna().sum()) so that coercion does not hide bad data.',
     -0.6,
     'PUBLISHED'),
    (md5('learnpath-seed-item:pandas-datetime-10')::uuid,
     'df has a sorted DatetimeIndex with timestamps from 2023 to 2024, several per day, at any time of day. Which expressions select exactly the rows from March 2024? Select all that apply.',
     'MULTIPLE_CHOICE',
     '[{"key": "a", "text": "df.loc[''2024-03'']"}, {"key": "b", "text": "df.loc[''2024-03-01'':''2024-03-31'']"}, {"key": "c", "text": "df[df.index.month == 3]"}, {"key": "d", "text": "df[(df.index.year == 2024) & (df.index.month == 3)]"}, {"key": "e", "text": "df.loc[''2024-03-01'':''2024-04-01'']"}, {"key": "f", "text": "df[df.index.to_period(''M'') == ''2024-03'']"}]'::jsonb,
     '{"choices": ["a", "b", "d", "f"]}'::jsonb,
     'Partial string indexing treats ''2024-03'' as the whole month, and a slice ending at ''2024-03-31'' includes every time on that day, because the end string is taken at its own resolution. Combining year and month masks, or comparing monthly periods, also selects the month. month == 3 alone also keeps March 2023, and a slice ending at ''2024-04-01'' includes the rows of 1 April.',
     -0.2,
     'PUBLISHED'),
    (md5('learnpath-seed-item:pandas-datetime-11')::uuid,
     's = pd.Series([10, 20, 30, 40], index=pd.to_datetime([''2024-01-01'', ''2024-01-02'', ''2024-01-05'', ''2024-01-06''])). What is the last value of s.rolling(''3D'').sum()? Answer with a number.',
     'NUMERIC',
     null,
     '{"value": 70, "tolerance": 0}'::jsonb,
     'A time-based window such as ''3D'' covers the 3 days ending at each timestamp, (t - 3 days, t], whatever number of rows falls inside. At 2024-01-06 the window starts after 2024-01-03, so it holds 30 (Jan 5) and 40 (Jan 6): 70. A row-based window rolling(3) would take the last three rows regardless of the gap and give 20 + 30 + 40 = 90. On irregular data, use time-based windows for features like spend in the last 3 days.',
     0.7,
     'PUBLISHED'),
    (md5('learnpath-seed-item:pandas-datetime-12')::uuid,
     'df has one row per day that the shop was open, with a DatetimeIndex; closed days have no row. A colleague adds df[''lag1''] = df[''sales''].shift(1) as yesterday''s sales. What is wrong?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "After a closed day, lag1 holds the last open day''s sales, not yesterday''s"}, {"key": "b", "text": "lag1 includes the same day''s sales, leaking the target into the feature"}, {"key": "c", "text": "The first row gets 0 instead of NaN, which biases the model toward zero"}, {"key": "d", "text": "Nothing: shift(1) moves values by one calendar day, so gaps become NaN"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'shift(1) moves values by one row, not by one day, so after a gap the lag silently refers to an older date. Reindex to a regular calendar first (df.asfreq(''D'')) and then shift, or shift by time with shift(1, freq=''D'') and join back. The shifted value comes from the previous row, so it does not contain the same day''s sales, and the first row becomes NaN, not 0.',
     1.0,
     'PUBLISHED'),
    (md5('learnpath-seed-item:pandas-datetime-13')::uuid,
     'What is pd.Timestamp(''2024-01-31'') + pd.DateOffset(months=1)?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "2024-02-29"}, {"key": "b", "text": "2024-03-02"}, {"key": "c", "text": "2024-03-01"}, {"key": "d", "text": "2024-02-28"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'DateOffset(months=1) is a calendar offset: it moves to the same day of the next month and, when that day does not exist, clips to the month''s last day, which in the leap year 2024 is 29 February. 2024-03-01 and 2024-03-02 are what fixed lengths give (Timedelta(days=30) and days=31), and 2024-02-28 would be a non-leap February. Calendar offsets are what you want for monthly billing dates or month-ahead horizons.',
     1.2,
     'PUBLISHED');

insert into item_skill (item_id, skill_code) values
    (md5('learnpath-seed-item:pandas-datetime-7')::uuid, 'pandas-datetime'),
    (md5('learnpath-seed-item:pandas-datetime-8')::uuid, 'pandas-datetime'),
    (md5('learnpath-seed-item:pandas-datetime-9')::uuid, 'pandas-datetime'),
    (md5('learnpath-seed-item:pandas-datetime-10')::uuid, 'pandas-datetime'),
    (md5('learnpath-seed-item:pandas-datetime-11')::uuid, 'pandas-datetime'),
    (md5('learnpath-seed-item:pandas-datetime-12')::uuid, 'pandas-datetime'),
    (md5('learnpath-seed-item:pandas-datetime-13')::uuid, 'pandas-datetime');

-- ====================================================================================================
-- descriptive-statistics
-- ====================================================================================================
-- descriptive-statistics-2: rebalanced options: the key was the longest
update item set choices = '[{"key": "a", "text": "Its sales equal 2.5 times the mean store''s sales"}, {"key": "b", "text": "2.5 standard deviations above that week''s mean sales"}, {"key": "c", "text": "It ranks in the top 2.5% of stores that week"}, {"key": "d", "text": "Its sales are 250% above the median store"}]'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:descriptive-statistics-2')::uuid;

-- descriptive-statistics-3: rebalanced options: the key was the longest
update item set choices = '[{"key": "a", "text": "Left-skewed: a long tail of very small orders"}, {"key": "b", "text": "Symmetric, since mean and median are both positive"}, {"key": "c", "text": "Uniform between 55 and 82"}, {"key": "d", "text": "Right-skewed: a few very large orders"}]'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:descriptive-statistics-3')::uuid;

-- descriptive-statistics-6: issue 28: distractor d matched the data (mean 13 > median 12); replaced it and rebalanced options
update item set choices = '[{"key": "a", "text": "A typical session lasts about 12 to 13 minutes, the mean and median"}, {"key": "b", "text": "Roughly symmetric, since the mean and median are only 1 minute apart"}, {"key": "c", "text": "Bimodal: describe the short and the long sessions as separate groups"}, {"key": "d", "text": "The median of 12 is the typical length, since it resists the long sessions"}]'::jsonb,
    explanation = 'Two peaks indicate a bimodal distribution, often a mix of two kinds of sessions or users (quick checks and long sessions). The mean and the median fall in the valley between the peaks, where few sessions actually occur, so calling 12 or 13 minutes typical is wrong, and that holds for the median too: it is robust to outliers, but with two groups of similar size it simply lands in the gap. A mean close to the median does not show a symmetric, single-peaked shape. Summarize each mode separately or segment the users.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:descriptive-statistics-6')::uuid;

insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:descriptive-statistics-7')::uuid,
     'What is the mode of the values 3, 7, 7, 2, 9, 7, 3, 1?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "7"}, {"key": "b", "text": "5"}, {"key": "c", "text": "4.875"}, {"key": "d", "text": "3"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'The mode is the most frequent value: 7 appears three times, 3 twice and the others once. 5 is the median (the mean of the middle values 3 and 7 after sorting 1, 2, 3, 3, 7, 7, 7, 9), 4.875 is the mean (39 / 8), and 3 is only the second most frequent value. For categorical data the mode is the only one of the three that makes sense.',
     -1.6,
     'PUBLISHED'),
    (md5('learnpath-seed-item:descriptive-statistics-8')::uuid,
     'Delivery times are measured in minutes. In which unit is their variance expressed?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "Minutes squared"}, {"key": "b", "text": "Minutes"}, {"key": "c", "text": "It has no unit; it is a ratio"}, {"key": "d", "text": "Percent of the mean"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'The variance averages squared deviations from the mean, so its unit is the square of the data unit, here minutes squared. That is why the standard deviation, its square root, is reported instead: it is back in minutes and comparable with the data. A unitless ratio of spread to mean is the coefficient of variation, which is sometimes given as a percentage.',
     -1.2,
     'PUBLISHED'),
    (md5('learnpath-seed-item:descriptive-statistics-9')::uuid,
     'Product A sells 10 units a day on average with standard deviation 2; product B sells 200 with standard deviation 20. Which product has the more variable sales relative to its level?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "A: its CV is 0.2 against 0.1 for B"}, {"key": "b", "text": "B, because its standard deviation is ten times larger"}, {"key": "c", "text": "B, because its variance (400) is 100 times that of A (4)"}, {"key": "d", "text": "Neither: in both, the spread is smaller than the average level"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'Spreads measured on different scales are compared with the coefficient of variation, standard deviation divided by mean: 2 / 10 = 0.2 for A and 20 / 200 = 0.1 for B, so A fluctuates more relative to its level. The absolute standard deviation and the variance mostly reflect the scale of B''s sales, and a spread smaller than the average level says nothing about which series is relatively more variable.',
     -0.5,
     'PUBLISHED'),
    (md5('learnpath-seed-item:descriptive-statistics-10')::uuid,
     'Every value x of a sample is converted with y = 2x + 10. Which statistics of y are exactly twice the same statistic of x? Select all that apply.',
     'MULTIPLE_CHOICE',
     '[{"key": "a", "text": "Standard deviation"}, {"key": "b", "text": "Variance, the mean squared deviation"}, {"key": "c", "text": "IQR (Q3 - Q1)"}, {"key": "d", "text": "Mean, the arithmetic average"}, {"key": "e", "text": "Range (max - min)"}, {"key": "f", "text": "MAD, the median of |x - median|"}]'::jsonb,
     '{"choices": ["a", "c", "e", "f"]}'::jsonb,
     'Adding a constant shifts every value and leaves all distances between values unchanged, and multiplying by 2 doubles those distances. Spread statistics built from distances (standard deviation, IQR, range, MAD) therefore double. The variance is in squared units, so it is multiplied by 4. The mean (like the median) is a location statistic: it becomes 2 x mean + 10, not twice the mean. The same reasoning tells you what standardization or unit conversion does to summary tables.',
     1.1,
     'PUBLISHED'),
    (md5('learnpath-seed-item:descriptive-statistics-11')::uuid,
     'What does pd.Series([10, 20, 30, 40]).quantile(0.25) return (the default linear interpolation, the same as np.percentile(..., 25))? Answer with a number.',
     'NUMERIC',
     null,
     '{"value": 17.5, "tolerance": 0.005}'::jsonb,
     'With linear interpolation the p-quantile sits at position p x (n - 1) in the sorted data, counting from 0: 0.25 x 3 = 0.75, three quarters of the way from the first value (10) to the second (20), so 10 + 0.75 x 10 = 17.5. Answers such as 15 (midpoint of the lower half) or 10 and 20 come from other quantile definitions; different tools use different defaults, so small samples can give different quartiles and IQRs.',
     0.6,
     'PUBLISHED'),
    (md5('learnpath-seed-item:descriptive-statistics-12')::uuid,
     'Store A had 10 orders with an average value of 100; store B had 90 orders with an average value of 50. What is the average order value over all 100 orders? Answer with a number.',
     'NUMERIC',
     null,
     '{"value": 55, "tolerance": 0.01}'::jsonb,
     'The overall mean weights each store by its number of orders: total value (10 x 100 + 90 x 50 = 5,500) divided by 100 orders is 55. The plain average of the two store averages, (100 + 50) / 2 = 75, treats both stores as equally large, a common error when averaging averages in dashboards or grouped tables.',
     0.2,
     'PUBLISHED'),
    (md5('learnpath-seed-item:descriptive-statistics-13')::uuid,
     'An API reports a mean response time of 180 ms and a 95th percentile (p95) of 900 ms. A colleague concludes that most requests are fast and nothing needs attention. Which statement is correct?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "At least 5% of requests take 900 ms or more, which the mean hides"}, {"key": "b", "text": "95% of requests take 900 ms or more, so the service is slow overall"}, {"key": "c", "text": "The figures are inconsistent: a p95 of 900 ms forces a mean above 450 ms"}, {"key": "d", "text": "Only 5% of requests are slower than the 180 ms mean"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'The p95 is the value below which 95% of requests fall, so 5% of requests, one in twenty, take 900 ms or longer. A mean of 180 ms is consistent with that (e.g. 95% at about 140 ms and 5% at 900 ms), because a small slow tail moves the mean little. The figures do not say 95% are slow, and the mean is not a percentile: far more than 5% of requests can be slower than it. Latency, like incomes, is summarized with percentiles (p50, p95, p99), not the mean.',
     1.0,
     'PUBLISHED');

insert into item_skill (item_id, skill_code) values
    (md5('learnpath-seed-item:descriptive-statistics-7')::uuid, 'descriptive-statistics'),
    (md5('learnpath-seed-item:descriptive-statistics-8')::uuid, 'descriptive-statistics'),
    (md5('learnpath-seed-item:descriptive-statistics-9')::uuid, 'descriptive-statistics'),
    (md5('learnpath-seed-item:descriptive-statistics-10')::uuid, 'descriptive-statistics'),
    (md5('learnpath-seed-item:descriptive-statistics-11')::uuid, 'descriptive-statistics'),
    (md5('learnpath-seed-item:descriptive-statistics-12')::uuid, 'descriptive-statistics'),
    (md5('learnpath-seed-item:descriptive-statistics-13')::uuid, 'descriptive-statistics');

-- ====================================================================================================
-- probability-basics
-- ====================================================================================================
-- probability-basics-4: removed an absolute word from a wrong option
update item set choices = '[{"key": "a", "text": "For independent events, P(A or B) = P(A) + P(B) - P(A) x P(B)"}, {"key": "b", "text": "Independent events do not occur together"}, {"key": "c", "text": "If A and B are mutually exclusive and both have positive probability, they cannot be independent"}, {"key": "d", "text": "If A and B are independent, then P(A | B) = P(A)"}, {"key": "e", "text": "Mutually exclusive means P(A and B) = P(A) x P(B)"}]'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:probability-basics-4')::uuid;

insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:probability-basics-7')::uuid,
     'Two fair coins are tossed. What is the probability of exactly one head?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "1/2"}, {"key": "b", "text": "1/3"}, {"key": "c", "text": "1/4"}, {"key": "d", "text": "3/4"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'The four equally likely outcomes are HH, HT, TH and TT; exactly one head happens in HT and TH, so 2/4 = 1/2. 1/3 comes from counting the outcomes 0, 1 or 2 heads as if they were equally likely, which they are not. 1/4 counts only one order (HT), and 3/4 is the probability of at least one head.',
     -1.5,
     'PUBLISHED'),
    (md5('learnpath-seed-item:probability-basics-8')::uuid,
     'A fair die is rolled twice. What is the probability of at least one six?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "11/36"}, {"key": "b", "text": "1/3"}, {"key": "c", "text": "1/36"}, {"key": "d", "text": "10/36"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'Use the complement: P(no six in two rolls) = (5/6)^2 = 25/36, so P(at least one six) = 1 - 25/36 = 11/36, about 0.31. Adding 1/6 + 1/6 = 1/3 counts the outcome (6, 6) twice; 1/36 is the probability of two sixes; 10/36 counts exactly one six.',
     -1.2,
     'PUBLISHED'),
    (md5('learnpath-seed-item:probability-basics-9')::uuid,
     '60% of visits come from mobile, where 2% convert, and 40% from desktop, where 5% convert. What is the overall conversion rate?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "3.2%"}, {"key": "b", "text": "3.5%"}, {"key": "c", "text": "7.0%"}, {"key": "d", "text": "1.2%"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'By the law of total probability, P(convert) = 0.6 x 0.02 + 0.4 x 0.05 = 0.012 + 0.020 = 0.032. 3.5% is the unweighted average of the two rates, which ignores that mobile has more traffic; 7.0% adds the rates; 1.2% is only the mobile contribution. The same weighting explains why a shift in traffic mix moves the overall rate even when no segment changes.',
     -0.6,
     'PUBLISHED'),
    (md5('learnpath-seed-item:probability-basics-10')::uuid,
     'You only know that P(A) = 0.6 and P(B) = 0.7. Which statements necessarily hold? Select all that apply.',
     'MULTIPLE_CHOICE',
     '[{"key": "a", "text": "P(A and B) is at least 0.3"}, {"key": "b", "text": "A and B can''t be mutually exclusive"}, {"key": "c", "text": "P(A and B) = 0.42"}, {"key": "d", "text": "A and B are independent"}, {"key": "e", "text": "P(A or B) = 1.3"}]'::jsonb,
     '{"choices": ["a", "b"]}'::jsonb,
     'Since P(A or B) = P(A) + P(B) - P(A and B) is at most 1, P(A and B) is at least 0.6 + 0.7 - 1 = 0.3, and a positive overlap means the events are not mutually exclusive. 0.42 = 0.6 x 0.7 holds only if A and B are independent, which nothing here says. P(A or B) = 1.3 adds the probabilities as if the events were disjoint, and a probability above 1 shows that is impossible.',
     1.0,
     'PUBLISHED'),
    (md5('learnpath-seed-item:probability-basics-11')::uuid,
     'A mailing costs $2 per customer. 10% of customers respond, and each response brings $15 of margin. What is the expected profit per customer mailed, in dollars? (Negative for a loss.)',
     'NUMERIC',
     null,
     '{"value": -0.5, "tolerance": 0.005}'::jsonb,
     'Expected profit = P(response) x margin - cost = 0.1 x 15 - 2 = 1.5 - 2 = -0.50 dollars, a loss of 50 cents per customer. Forgetting the cost gives 1.5, and charging the cost only to responders gives 0.1 x (15 - 2) = 1.3. The same calculation with a model''s predicted response probabilities decides whom to target: mail only customers with p x 15 > 2, i.e. p above about 0.133.',
     -0.2,
     'PUBLISHED'),
    (md5('learnpath-seed-item:probability-basics-12')::uuid,
     '1% of transactions are fraudulent, 10% of all transactions are international, and 90% of fraudulent transactions are international. What is P(fraud | international)?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "9%"}, {"key": "b", "text": "90%"}, {"key": "c", "text": "10%"}, {"key": "d", "text": "1%"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'Bayes'' theorem: P(fraud | international) = P(international | fraud) x P(fraud) / P(international) = 0.9 x 0.01 / 0.1 = 0.09. 90% is the reverse conditional P(international | fraud); 10% is the share of international transactions; 1% is the base rate, which ignores the evidence. An international flag raises the fraud probability ninefold, yet most flagged transactions are still legitimate.',
     0.6,
     'PUBLISHED'),
    (md5('learnpath-seed-item:probability-basics-13')::uuid,
     'You send 3 emails to a user. They are opened with probabilities 0.2, 0.5 and 0.9, and the opens are NOT independent (an engaged user opens several). What is the expected number of emails opened?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "1.6"}, {"key": "b", "text": "Not determined without the correlation of the opens"}, {"key": "c", "text": "0.09, the chance that all three are opened"}, {"key": "d", "text": "About 0.53, the average of the three"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'Linearity of expectation holds for any dependence: the count is the sum of three 0/1 indicators, and E[sum] = sum of E[indicators] = 0.2 + 0.5 + 0.9 = 1.6. Dependence changes the variance and the probability of particular counts, not the mean. 0.09 is P(all three opened) only under independence, and 0.53 is the average probability per email, not the expected number of opens.',
     1.1,
     'PUBLISHED');

insert into item_skill (item_id, skill_code) values
    (md5('learnpath-seed-item:probability-basics-7')::uuid, 'probability-basics'),
    (md5('learnpath-seed-item:probability-basics-8')::uuid, 'probability-basics'),
    (md5('learnpath-seed-item:probability-basics-9')::uuid, 'probability-basics'),
    (md5('learnpath-seed-item:probability-basics-10')::uuid, 'probability-basics'),
    (md5('learnpath-seed-item:probability-basics-11')::uuid, 'probability-basics'),
    (md5('learnpath-seed-item:probability-basics-12')::uuid, 'probability-basics'),
    (md5('learnpath-seed-item:probability-basics-13')::uuid, 'probability-basics');

-- ====================================================================================================
-- probability-distributions
-- ====================================================================================================
-- probability-distributions-2: rebalanced options: the key was the longest
update item set choices = '[{"key": "a", "text": "The probability mass function (PMF)"}, {"key": "b", "text": "The probability density function (PDF)"}, {"key": "c", "text": "The percent point function, SciPy''s ppf (inverse CDF)"}, {"key": "d", "text": "The cumulative distribution function (CDF)"}]'::jsonb,
    explanation = 'The CDF is defined as F(x) = P(X <= x) and works for both discrete and continuous variables; in SciPy it is the .cdf method. A PMF gives P(X = x) for discrete variables, and a PDF gives a density whose integral over an interval is a probability. The percent point function goes the other way: ppf(q) returns the x whose CDF is q, a quantile, not a probability.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:probability-distributions-2')::uuid;

-- probability-distributions-4: rebalanced options and removed absolute words from wrong options
update item set choices = '[{"key": "a", "text": "It signals a modelling error, because no probability can exceed 1"}, {"key": "b", "text": "Possible: a density is not a probability; only the areas under it are"}, {"key": "c", "text": "P(X = 0.1) = 2.5"}, {"key": "d", "text": "The variable is discrete, since densities stay below 1"}]'::jsonb,
    explanation = 'A PDF value is a probability per unit of x, so it can exceed 1 when the distribution is concentrated on a narrow range; Uniform(0, 0.4), for example, has density 2.5 everywhere on its support, so no modelling error is implied. For a continuous variable any single point has probability 0, and P(a <= X <= b) is the integral of the density over [a, b], which is at most 1. Densities have no upper bound, and only PMF values of discrete variables are probabilities themselves.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:probability-distributions-4')::uuid;

insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:probability-distributions-7')::uuid,
     'Which distribution describes the number of heads in 10 tosses of a fair coin?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "Binomial(n=10, p=0.5)"}, {"key": "b", "text": "Poisson with mean 5"}, {"key": "c", "text": "Discrete uniform on 0 to 10"}, {"key": "d", "text": "Geometric with p = 0.5"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'A fixed number of independent trials, each a success with the same probability, gives a binomial count: Binomial(10, 0.5), with mean 5 and variance 2.5. A Poisson count has no fixed upper limit and its variance equals its mean; the uniform would make 0 heads as likely as 5; the geometric counts the trials until the first head.',
     -1.6,
     'PUBLISHED'),
    (md5('learnpath-seed-item:probability-distributions-8')::uuid,
     'Adult heights in a population are roughly Normal with mean 170 cm and standard deviation 10 cm. About what share of people are between 150 and 190 cm?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "About 95%"}, {"key": "b", "text": "About 68%"}, {"key": "c", "text": "About 99.7%"}, {"key": "d", "text": "About 50%"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     '150 and 190 are 2 standard deviations below and above the mean, and about 95% of a normal distribution lies within 2 standard deviations (95.4% exactly; 1.96 gives 95.0%). 68% is the share within 1 standard deviation (160 to 180), 99.7% within 3 (140 to 200), and 50% is the share on either side of the mean.',
     -1.2,
     'PUBLISHED'),
    (md5('learnpath-seed-item:probability-distributions-9')::uuid,
     'Each sales call succeeds with probability 0.2, independently. What is the expected number of calls up to and including the first success?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "5"}, {"key": "b", "text": "4"}, {"key": "c", "text": "0.2"}, {"key": "d", "text": "1.25"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'The number of trials until the first success is geometric with mean 1 / p = 1 / 0.2 = 5 (scipy.stats.geom(0.2).mean() gives 5). 4 = (1 - p) / p is the expected number of failures before the first success, the other common parameterization. 0.2 is the success probability itself, and 1.25 = 1 / 0.8 inverts the failure probability.',
     -0.5,
     'PUBLISHED'),
    (md5('learnpath-seed-item:probability-distributions-10')::uuid,
     'from scipy import stats. Which of these calls return the probability of an event? Select all that apply.',
     'MULTIPLE_CHOICE',
     '[{"key": "a", "text": "stats.norm.cdf(1.0)"}, {"key": "b", "text": "stats.norm.pdf(0.0)"}, {"key": "c", "text": "stats.binom.pmf(2, 5, 0.3)"}, {"key": "d", "text": "stats.norm.ppf(0.975)"}, {"key": "e", "text": "stats.poisson.sf(3, 2)"}, {"key": "f", "text": "stats.expon.pdf(0.1, scale=0.2)"}]'::jsonb,
     '{"choices": ["a", "c", "e"]}'::jsonb,
     'cdf(1.0) = P(Z <= 1) = 0.841, pmf(2, 5, 0.3) = P(X = 2) = 0.309 for a binomial, and sf(3, 2) = P(X > 3) = 0.143 for a Poisson with mean 2 are probabilities. pdf values are densities, not probabilities: norm.pdf(0) = 0.399 only happens to lie below 1, while expon.pdf(0.1, scale=0.2) = 3.03. ppf(0.975) is a quantile, the value 1.96, not a probability.',
     -0.2,
     'PUBLISHED'),
    (md5('learnpath-seed-item:probability-distributions-11')::uuid,
     'Support tickets arrive as a Poisson process at an average rate of 3 per hour. What is the probability that no ticket arrives in a 30-minute window? Round to three decimals.',
     'NUMERIC',
     null,
     '{"value": 0.223, "tolerance": 0.0005}'::jsonb,
     'Scale the rate to the window first: 3 per hour is 1.5 per 30 minutes, so the count in the window is Poisson(1.5) and P(0) = e^(-1.5) = 0.223 (scipy.stats.poisson.pmf(0, 1.5)). Using the hourly rate gives e^(-3) = 0.050. Equivalently, the waiting time to the first ticket is exponential with mean 20 minutes, and P(wait > 30) = e^(-30/20) = 0.223.',
     0.6,
     'PUBLISHED'),
    (md5('learnpath-seed-item:probability-distributions-12')::uuid,
     'log(X) follows a Normal distribution with mean 0 and standard deviation 1 (X is lognormal). What is the median of X?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "1"}, {"key": "b", "text": "1.65"}, {"key": "c", "text": "0"}, {"key": "d", "text": "2.72"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'exp is increasing, so it maps the median of log(X), which is 0, to the median of X: e^0 = 1. The mean is larger, e^(0 + 1/2) = 1.65, because the long right tail pulls it up, the usual picture for prices and incomes. 0 is the median of log(X), not of X, and 2.72 is e^1, the value one standard deviation above on the log scale.',
     1.1,
     'PUBLISHED'),
    (md5('learnpath-seed-item:probability-distributions-13')::uuid,
     'Daily counts of support tickets have mean 20 and variance 95. A colleague fits a Poisson model to forecast them. What is the main problem?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "Variance far above the mean; try a negative binomial"}, {"key": "b", "text": "None: a Poisson model fits any count data with mean 20"}, {"key": "c", "text": "Counts this large are better modelled as exponential waiting times"}, {"key": "d", "text": "A variance above the mean shows the data are not counts; use a normal"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'A Poisson distribution has variance equal to its mean, so with mean 20 it implies variance 20; the observed 95 means strong overdispersion (e.g. busy and quiet days), and the Poisson model will produce intervals that are far too narrow. The negative binomial adds a dispersion parameter for this. The exponential distribution models waiting times, not counts, and overdispersed counts are still counts; a normal approximation would also miss the skew at low counts.',
     1.2,
     'PUBLISHED');

insert into item_skill (item_id, skill_code) values
    (md5('learnpath-seed-item:probability-distributions-7')::uuid, 'probability-distributions'),
    (md5('learnpath-seed-item:probability-distributions-8')::uuid, 'probability-distributions'),
    (md5('learnpath-seed-item:probability-distributions-9')::uuid, 'probability-distributions'),
    (md5('learnpath-seed-item:probability-distributions-10')::uuid, 'probability-distributions'),
    (md5('learnpath-seed-item:probability-distributions-11')::uuid, 'probability-distributions'),
    (md5('learnpath-seed-item:probability-distributions-12')::uuid, 'probability-distributions'),
    (md5('learnpath-seed-item:probability-distributions-13')::uuid, 'probability-distributions');

-- ====================================================================================================
-- sampling-confidence-intervals
-- ====================================================================================================
-- sampling-confidence-intervals-1: rebalanced options: the key was the longest
update item set choices = '[{"key": "a", "text": "The standard deviation of the individual observations within the sample"}, {"key": "b", "text": "The difference between the sample mean and the population mean"}, {"key": "c", "text": "The spread of the sample mean across repeated samples, about s / sqrt(n)"}, {"key": "d", "text": "The sample standard deviation divided by n, the sample size"}]'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:sampling-confidence-intervals-1')::uuid;

-- sampling-confidence-intervals-2: rebalanced options: the key was the longest
update item set choices = '[{"key": "a", "text": "95% of the individual deliveries are delayed by between 4.1 and 5.3 minutes"}, {"key": "b", "text": "About 95% of intervals built this way would cover the true mean delay"}, {"key": "c", "text": "In 95% of future samples, the sample mean will fall inside [4.1, 5.3]"}, {"key": "d", "text": "There is a 95% chance that the sample mean lies in [4.1, 5.3]"}]'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:sampling-confidence-intervals-2')::uuid;

-- sampling-confidence-intervals-3: rebalanced options: the key was the longest
update item set choices = '[{"key": "a", "text": "Resample n values WITHOUT replacement many times; take the 2.5th and 97.5th percentiles of their medians"}, {"key": "b", "text": "Report the median plus or minus 1.96 times the sample standard deviation"}, {"key": "c", "text": "Split the sample into 20 parts and report the smallest and largest part medians"}, {"key": "d", "text": "Resample n values WITH replacement many times; take the 2.5th and 97.5th percentiles of their medians"}]'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:sampling-confidence-intervals-3')::uuid;

-- sampling-confidence-intervals-6: issue 28: the divides-by-n distractor is [49.17, 50.83]; the SD distractor now uses the same t value
update item set choices = '[{"key": "a", "text": "[46.08, 53.92]"}, {"key": "b", "text": "[29.36, 70.64]"}, {"key": "c", "text": "[45.87, 54.13]"}, {"key": "d", "text": "[49.17, 50.83]"}]'::jsonb,
    explanation = 'With a small sample and an estimated standard deviation, use the t distribution: SE = 10 / sqrt(25) = 2, and 50 +/- 2.064 x 2 gives [45.87, 54.13]. Using 1.96 instead of 2.064 gives [46.08, 53.92], slightly too narrow because it ignores the uncertainty in s. [29.36, 70.64] uses the standard deviation (10) instead of the standard error, and [49.17, 50.83] divides by n instead of sqrt(n) (SE 0.4).',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:sampling-confidence-intervals-6')::uuid;

insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:sampling-confidence-intervals-7')::uuid,
     'All else equal, what happens to the width of a 95% confidence interval for a mean when the sample size is multiplied by 4?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "It roughly halves"}, {"key": "b", "text": "It shrinks to about a quarter"}, {"key": "c", "text": "It stays the same; the confidence level alone sets it"}, {"key": "d", "text": "It roughly doubles, since more data add more variation"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'The width is proportional to the standard error s / sqrt(n), and sqrt(4) = 2, so four times the data gives about half the width. It does not shrink in proportion to n, the confidence level is only one of the factors, and more data reduce the uncertainty about the mean even though individual values vary as much as before.',
     -1.5,
     'PUBLISHED'),
    (md5('learnpath-seed-item:sampling-confidence-intervals-8')::uuid,
     'Which change makes a confidence interval for a mean wider, all else equal?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "Raising the confidence level from 95% to 99%"}, {"key": "b", "text": "Collecting a larger random sample"}, {"key": "c", "text": "Measuring a less variable population"}, {"key": "d", "text": "Lowering the confidence level from 95% to 90%"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'A higher confidence level needs a larger critical value (2.58 instead of 1.96 for a normal interval), so the interval widens to cover the true mean more often. A larger sample and a less variable population both reduce the standard error and narrow the interval, and a lower confidence level narrows it too.',
     -1.3,
     'PUBLISHED'),
    (md5('learnpath-seed-item:sampling-confidence-intervals-9')::uuid,
     'An analyst estimates average daily orders for the year by taking every 7th day of the calendar, 52 days in all. What is the main risk?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "All 52 days fall on the same weekday, so the weekly cycle biases it"}, {"key": "b", "text": "None, since taking every k-th day is as good as a random sample here"}, {"key": "c", "text": "The 52 days are too few for the central limit theorem to apply"}, {"key": "d", "text": "Consecutive days are correlated, which only widens the interval"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'A systematic sample is only as good as its period is unrelated to patterns in the data: with a 7-day step, every sampled day is, say, a Monday, and weekday effects bias the estimate however many weeks are taken. Picking days at random or stratifying by weekday fixes it. 52 values are plenty for the CLT, and the sampled days are a week apart, not consecutive.',
     -0.4,
     'PUBLISHED'),
    (md5('learnpath-seed-item:sampling-confidence-intervals-10')::uuid,
     'A 95% confidence interval for a mean is computed from a simple random sample. Which statements are true? Select all that apply.',
     'MULTIPLE_CHOICE',
     '[{"key": "a", "text": "A 99% interval from the same data is wider"}, {"key": "b", "text": "If it excludes 0, a two-sided test of mean = 0 at the 5% level rejects"}, {"key": "c", "text": "About 95% of the individual observations fall within it"}, {"key": "d", "text": "Doubling the sample size halves its width"}, {"key": "e", "text": "It also corrects for bias from people who did not respond"}]'::jsonb,
     '{"choices": ["a", "b"]}'::jsonb,
     'Higher confidence needs a larger critical value, so the 99% interval is wider. A 95% interval contains exactly the values of the mean that a two-sided 5%-level test would not reject, so excluding 0 means rejecting mean = 0. The interval is about the mean, not about individual values, which spread much more widely. Doubling n shrinks the width by a factor of sqrt(2), to about 71%, and no interval fixes non-response bias: it only reflects random sampling error.',
     -0.1,
     'PUBLISHED'),
    (md5('learnpath-seed-item:sampling-confidence-intervals-11')::uuid,
     'Delivery times have a standard deviation of about 12 minutes. How many deliveries must you sample so that the 95% confidence interval for the mean has a margin of error of at most 2 minutes (use 1.96)? Answer with the smallest whole number.',
     'NUMERIC',
     null,
     '{"value": 139, "tolerance": 0}'::jsonb,
     'The margin of error is 1.96 x sigma / sqrt(n), so n = (1.96 x 12 / 2)^2 = 11.76^2 = 138.3, rounded up to 139 to stay within 2 minutes (138 would give a margin slightly above 2). Forgetting to square gives about 12; using 2 instead of 1.96 gives 144.',
     0.7,
     'PUBLISHED'),
    (md5('learnpath-seed-item:sampling-confidence-intervals-12')::uuid,
     'Group A has a mean of 0 with a 95% CI of [-1.96, 1.96]; group B (independent) has a mean of 3 with a 95% CI of [1.04, 4.96]. A colleague says: the intervals overlap, so the difference is not significant at 5%. Is that right?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "No: check a CI for the difference itself"}, {"key": "b", "text": "Yes: overlapping 95% intervals imply p > 0.05"}, {"key": "c", "text": "Yes, as long as both groups have the same size"}, {"key": "d", "text": "Yes, provided both intervals used the t distribution"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'Each interval has a standard error of 1, so the difference of 3 has standard error sqrt(1^2 + 1^2) = 1.41 and z = 2.12, p = 0.034: significant, although the intervals overlap. Two intervals can overlap while the difference is significant because standard errors add in quadrature, not linearly; only non-overlap is a (conservative) sign of significance. Group sizes and the choice of t or z do not change this.',
     1.2,
     'PUBLISHED'),
    (md5('learnpath-seed-item:sampling-confidence-intervals-13')::uuid,
     'A survey picks 20 schools at random and questions every student in them, 2,000 students in all. The analyst computes the standard error of the mean score as s / sqrt(2000). What is wrong with it?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "It is too small, since students within a school are correlated"}, {"key": "b", "text": "Nothing, because every student of the sampled schools took part"}, {"key": "c", "text": "It is too large, since whole schools add between-school variation"}, {"key": "d", "text": "Nothing, as long as the 20 schools were picked at random"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'This is a cluster sample: students in the same school resemble each other, so the 2,000 answers carry much less information than 2,000 independent draws, and s / sqrt(2000) understates the uncertainty (by the square root of the design effect). Use cluster-robust or multilevel methods, or at least treat the 20 school means as the observations. Random selection of schools is what makes the estimate unbiased, but it does not make the students independent. In ML the same problem appears when rows from the same user land in both training and validation folds.',
     1.3,
     'PUBLISHED');

insert into item_skill (item_id, skill_code) values
    (md5('learnpath-seed-item:sampling-confidence-intervals-7')::uuid, 'sampling-confidence-intervals'),
    (md5('learnpath-seed-item:sampling-confidence-intervals-8')::uuid, 'sampling-confidence-intervals'),
    (md5('learnpath-seed-item:sampling-confidence-intervals-9')::uuid, 'sampling-confidence-intervals'),
    (md5('learnpath-seed-item:sampling-confidence-intervals-10')::uuid, 'sampling-confidence-intervals'),
    (md5('learnpath-seed-item:sampling-confidence-intervals-11')::uuid, 'sampling-confidence-intervals'),
    (md5('learnpath-seed-item:sampling-confidence-intervals-12')::uuid, 'sampling-confidence-intervals'),
    (md5('learnpath-seed-item:sampling-confidence-intervals-13')::uuid, 'sampling-confidence-intervals');

-- ====================================================================================================
-- hypothesis-testing
-- ====================================================================================================
-- hypothesis-testing-1: rebalanced options: the key was the longest
update item set choices = '[{"key": "a", "text": "Under H0, data at least this extreme would occur about 3% of the time"}, {"key": "b", "text": "There is a 3% probability that the null hypothesis is true, given the data"}, {"key": "c", "text": "There is a 97% probability that the alternative hypothesis is true"}, {"key": "d", "text": "The effect is small, because only 3% of the variation is explained"}]'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:hypothesis-testing-1')::uuid;

-- hypothesis-testing-3: rebalanced options: the key was the longest
update item set choices = '[{"key": "a", "text": "If the result is significant, there is an 80% chance the lift is real"}, {"key": "b", "text": "The false-positive rate of the test is 20%"}, {"key": "c", "text": "An 80% chance of rejecting H0 if the true lift is 2 points"}, {"key": "d", "text": "80% of users will see the improvement"}]'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:hypothesis-testing-3')::uuid;

-- hypothesis-testing-5: rebalanced options: the key was the longest
update item set choices = '[{"key": "a", "text": "The lift is large, because such a small p-value needs a large effect"}, {"key": "b", "text": "There is a 99% chance that the variant is better, so it should ship"}, {"key": "c", "text": "The result is invalid because the sample is too large for a significance test"}, {"key": "d", "text": "Significant but tiny (0.08 points): weigh the lift''s CI against the cost"}]'::jsonb,
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:hypothesis-testing-5')::uuid;

insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
    (md5('learnpath-seed-item:hypothesis-testing-7')::uuid,
     'In hypothesis testing, what is a Type I error?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "Rejecting H0 when H0 is true"}, {"key": "b", "text": "Failing to reject H0 when H0 is false"}, {"key": "c", "text": "Rejecting H0 when H0 is false"}, {"key": "d", "text": "Choosing the wrong test for the data"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'A Type I error is a false positive: the null hypothesis is true, but the test rejects it; its probability is the significance level alpha. Failing to reject a false H0 is a Type II error (probability beta, and power = 1 - beta). Rejecting a false H0 is the correct decision, and choosing an unsuitable test is a modelling mistake, not one of the two error types.',
     -1.5,
     'PUBLISHED'),
    (md5('learnpath-seed-item:hypothesis-testing-8')::uuid,
     'The same 30 users rate the old and the new version of an app on a 1-10 scale. Which test compares the mean ratings?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "A paired t-test on each user''s difference"}, {"key": "b", "text": "A two-sample t-test treating the versions as independent groups"}, {"key": "c", "text": "A chi-square test of independence on the ratings"}, {"key": "d", "text": "A two-proportion z-test on ratings above 5"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'Each user gives both ratings, so the observations are paired: the test works on the 30 within-user differences, which removes the large between-user variation and gains power (Wilcoxon signed-rank is the non-parametric alternative). An independent two-sample t-test ignores the pairing; a chi-square test and a test on ratings above 5 throw away the numeric scale and the pairing.',
     -1.1,
     'PUBLISHED'),
    (md5('learnpath-seed-item:hypothesis-testing-9')::uuid,
     'Which changes increase the power of a two-sample test, all else equal? Select all that apply.',
     'MULTIPLE_CHOICE',
     '[{"key": "a", "text": "A larger sample in each group"}, {"key": "b", "text": "Lowering alpha from 0.05 to 0.01"}, {"key": "c", "text": "Switching from a one-sided to a two-sided test (effect in the predicted direction)"}, {"key": "d", "text": "Measuring a noisier version of the metric"}, {"key": "e", "text": "A larger true effect"}]'::jsonb,
     '{"choices": ["a", "e"]}'::jsonb,
     'Power grows with the sample size (smaller standard error) and with the size of the true effect. A stricter alpha raises the bar for rejection and lowers power; a two-sided test splits alpha between both tails, so for an effect in the predicted direction it has less power than the one-sided test; and a noisier metric inflates the standard error. Reducing variance, e.g. with CUPED or a less noisy metric, is the cheap way to gain power.',
     -0.2,
     'PUBLISHED'),
    (md5('learnpath-seed-item:hypothesis-testing-10')::uuid,
     'A two-sided z-test gives z = 2.1. What is the p-value? Round to three decimals.',
     'NUMERIC',
     null,
     '{"value": 0.036, "tolerance": 0.0005}'::jsonb,
     'For a two-sided test, p = 2 x P(Z > 2.1) = 2 x (1 - 0.9821) = 0.0357, so 0.036 (scipy.stats.norm.sf(2.1) * 2). Forgetting to double gives the one-sided 0.018, and 0.982 is the CDF value, not a p-value. At the 5% level the result is significant.',
     -0.3,
     'PUBLISHED'),
    (md5('learnpath-seed-item:hypothesis-testing-11')::uuid,
     'How does a permutation test for a difference in means between groups A and B build its null distribution?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "By shuffling the A/B labels many times and recomputing the difference"}, {"key": "b", "text": "By resampling each group with replacement and recomputing both means"}, {"key": "c", "text": "By assuming the difference is normal with the pooled standard error"}, {"key": "d", "text": "By splitting each group into halves and comparing the halves"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'Under H0 the group labels do not matter, so randomly reassigning them (keeping the group sizes) and recomputing the statistic shows how large a difference chance alone produces; the p-value is the share of shuffles at least as extreme as the observed difference. Resampling each group with replacement is the bootstrap, used for confidence intervals; a normal with the pooled standard error is the z/t test; comparing halves of a group tests nothing about A versus B.',
     1.0,
     'PUBLISHED'),
    (md5('learnpath-seed-item:hypothesis-testing-12')::uuid,
     'An A/B test was configured to split traffic 50/50, but it ends with 50,600 users in control and 49,400 in the variant. What should you do before reading the metrics?',
     'SINGLE_CHOICE',
     '[{"key": "a", "text": "Check the assignment: this split is very unlikely by chance"}, {"key": "b", "text": "Nothing: a 1.2-point imbalance is normal noise with 100,000 users"}, {"key": "c", "text": "Reweight the two groups to 50/50 and then analyze as planned"}, {"key": "d", "text": "Drop 1,200 random control users, then analyze as planned"}]'::jsonb,
     '{"choice": "a"}'::jsonb,
     'This is a sample ratio mismatch: a chi-square goodness-of-fit test against 50/50 gives chi2 = 2 x 600^2 / 50,000 = 14.4, p = 0.00015, so the imbalance is almost certainly a bug (in assignment, redirects, logging or bot filtering) that may also bias the metrics. Find the cause before trusting any result. With 100,000 users the expected random imbalance is only about 160 users per group, and reweighting or dropping users hides the symptom without removing the bias.',
     1.3,
     'PUBLISHED');

insert into item_skill (item_id, skill_code) values
    (md5('learnpath-seed-item:hypothesis-testing-7')::uuid, 'hypothesis-testing'),
    (md5('learnpath-seed-item:hypothesis-testing-8')::uuid, 'hypothesis-testing'),
    (md5('learnpath-seed-item:hypothesis-testing-9')::uuid, 'hypothesis-testing'),
    (md5('learnpath-seed-item:hypothesis-testing-10')::uuid, 'hypothesis-testing'),
    (md5('learnpath-seed-item:hypothesis-testing-11')::uuid, 'hypothesis-testing'),
    (md5('learnpath-seed-item:hypothesis-testing-12')::uuid, 'hypothesis-testing');
