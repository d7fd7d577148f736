-- Independent review (r3) of 106 items: corrections of the defects found; all other reviewed items were verified correct.

-- descriptive-statistics-7: the explanation claimed the mode is the only sensible average for all categorical data; for
-- ordinal categories (e.g. ratings low/medium/high) the median is meaningful too. Restricted the claim to nominal data.
update item set explanation = 'The mode is the most frequent value: 7 appears three times, 3 twice and the others once. 5 is the median (the mean of the middle values 3 and 7 after sorting 1, 2, 3, 3, 7, 7, 7, 9), 4.875 is the mean (39 / 8), and 3 is only the second most frequent value. For nominal (unordered) categories the mode is the only one of the three that makes sense; ordered categories such as ratings also have a median.',
    version = version + 1, updated_at = now() where id = md5('learnpath-seed-item:descriptive-statistics-7')::uuid;

-- seaborn-statistical-plots-12: the explanation said the line shows "the mean per store", which reads as one mean for
-- each store (the misconception the item tests); the line is the mean across stores for each date.
update item set explanation = 'When several rows share an x value, lineplot aggregates them with estimator=''mean'' and draws errorbar=(''ci'', 95) as a band (bootstrapped). So the line is the mean across stores for each date, not total sales, and the band is uncertainty about that mean, not the spread of stores. For totals, aggregate first (df.groupby(''date'')[''sales''].sum()); for one line per store use hue=''store'' or units=''store'' with estimator=None. lineplot fits no regression; that is regplot or lmplot.',
    version = version + 1, updated_at = now() where id = md5('learnpath-seed-item:seaborn-statistical-plots-12')::uuid;

-- bag-of-words-tfidf-7: the accepted forms missed common correct answers that combine the two names asked for
-- ("sparse CSR matrix", "CSR sparse matrix", "CSR format", "scipy.sparse matrix"), which were graded wrong.
update item set answer = '{"accepted": ["sparse", "sparse matrix", "a sparse matrix", "scipy sparse matrix", "scipy sparse", "scipy.sparse", "scipy.sparse matrix", "a scipy sparse matrix", "csr", "csr matrix", "a csr matrix", "csr_matrix", "scipy.sparse.csr_matrix", "sparse.csr_matrix", "csr format", "sparse csr", "sparse csr matrix", "a sparse csr matrix", "csr sparse matrix", "scipy sparse csr matrix", "scipy csr matrix", "sparse matrix (csr)", "sparse (csr)", "compressed sparse row", "compressed sparse row matrix", "compressed sparse row (csr)", "compressed sparse row format"]}'::jsonb,
    version = version + 1, updated_at = now() where id = md5('learnpath-seed-item:bag-of-words-tfidf-7')::uuid;
