-- Independent review (r4) of 106 items: corrections of the defects found; all other reviewed items were verified correct.

-- ml-from-scratch-9: distractor b ('1, the label of the nearest neighbour') contradicts the stem's array, whose first (nearest) label is 3, and the explanation claimed the array is not in neighbour order; b now carries the np.unique-vs-bincount slip.
update item set choices = '[{"key": "a", "text": "3, the label that occurs most often (three times)"}, {"key": "b", "text": "2, the position of 3 among the distinct labels 0, 1, 3"}, {"key": "c", "text": "0, the smallest label that occurs"}, {"key": "d", "text": "array([1, 1, 0, 3]), the counts per label"}]'::jsonb, explanation = 'np.bincount(labels) counts the occurrences of each non-negative integer: [1, 1, 0, 3] for labels 0, 1, 2, 3, and argmax returns the index of the largest count, 3, which is the majority label (checked in NumPy). 2 would be right for the counts of np.unique(labels, return_counts=True), which cover only the labels present ([0, 1, 3]), so their positions are not labels; bincount has one slot per integer from 0 to the largest label, so the slot index is the label itself. argmax returns an index, not the smallest label; and the counts themselves are the intermediate result, not what argmax returns. On ties, argmax picks the smallest label.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:ml-from-scratch-9')::uuid;

-- correlation-analysis-11: the explanation's figure was off: for a bivariate normal with r = 0.5 restricted to the top 10% of x, r is 0.231 (truncated-normal variance ratio 0.169; simulation 0.234), not 0.24.
update item set explanation = 'Correlation depends on how much the variables vary in the sample: selecting only high scorers removes most of the test-score variation, so the same underlying relationship produces a much smaller r (in a bivariate normal population with r = 0.5, the top 10% show about 0.23). This range restriction is why validity studies on selected groups understate predictive power. Sample size affects the precision of r, not its expected value in this way, and nothing suggests different grading.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:correlation-analysis-11')::uuid;

-- customer-segmentation-11: the explanation overgeneralized: a randomized holdout is the most direct way, not the only way, to estimate a causal effect.
update item set explanation = 'Applying the saved preprocessing and model keeps assignments consistent with the segment definitions, monitoring sizes and profiles reveals drift that calls for a deliberate re-segmentation, a random holdout per segment is the most direct way to measure the campaign''s causal effect, and storing the transformations makes scores reproducible. Refitting k-means permutes the arbitrary cluster numbers, so rules tied to numbers silently target the wrong customers, and cluster labels are the model''s own output, so "accuracy" against them measures nothing.',
    version = version + 1, updated_at = now()
where id = md5('learnpath-seed-item:customer-segmentation-11')::uuid;
