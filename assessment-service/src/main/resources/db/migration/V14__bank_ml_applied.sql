-- Issue 28, applied ML skills: answer cues removed from the seeded items (options rebalanced so that the key
-- is not the longest, absolute words out of the distractors), the listed defects fixed, three cross-skill
-- duplicates retired and replaced, and new items so that every skill has at least 12 published items spread
-- over difficulty and formats. Corrections keep the item id (same construct); replacements retire the old item.
-- Numbers and code outputs were recomputed with Python (NumPy, pandas, scikit-learn) before publishing.

-- ====================================================================== activation-functions
-- activation-functions-2: key was the longest option by far; distractors made as specific, absolute words removed
update item set choices = '[{"key": "a", "text": "Non-linear activations make each gradient step cheaper to compute than a purely linear layer would"}, {"key": "b", "text": "Linear layers have a constant gradient, so backpropagation has no signal to pass through them"}, {"key": "c", "text": "They keep the activations bounded, which stops the weights from growing without limit in training"}, {"key": "d", "text": "Without them, a stack of linear layers collapses into one linear map, so depth adds no expressive power"}]'::jsonb, explanation = 'Composing linear maps gives another linear map (W2(W1x + b1) + b2 = Wx + b), so without non-linearities a deep network is no more expressive than linear regression and cannot represent functions such as XOR. Speed is not the reason: a non-linearity adds work, it does not save it. A linear layer has a perfectly usable gradient (constant in its input, but it still carries the upstream signal to the weights), so backpropagation works through it. Bounding activations is a side effect of some functions (sigmoid, tanh) but not of ReLU, which is unbounded and still the default, so it is not why non-linearity is needed.', version = version + 1, updated_at = now()
 where id = md5('learnpath-seed-item:activation-functions-2')::uuid;
-- activation-functions-4: stem words (label, loss) were echoed only by the key; distractors reworded to use them too
update item set choices = '[{"key": "a", "text": "20 sigmoid units with a binary cross-entropy loss per label"}, {"key": "b", "text": "A softmax over the 20 units with a categorical cross-entropy loss"}, {"key": "c", "text": "A single ReLU unit that outputs the label count, with a squared-error loss"}, {"key": "d", "text": "20 tanh units, one per label, with a categorical cross-entropy loss"}]'::jsonb, version = version + 1, updated_at = now()
 where id = md5('learnpath-seed-item:activation-functions-4')::uuid;
-- activation-functions-6: key was the longest option by far; distractors made as specific
update item set choices = '[{"key": "a", "text": "The units saturated at their upper limit, where the gradient is zero; switching these layers to sigmoid restores it"}, {"key": "b", "text": "The optimizer has reached the global minimum for these units, so their gradients are zero and training can stop"}, {"key": "c", "text": "Dying ReLU: big updates pushed their pre-activations below zero for every input, so no gradient flows; lower the learning rate, try Leaky ReLU"}, {"key": "d", "text": "Dropout has permanently removed these units from the network; disabling dropout at evaluation time brings them back"}]'::jsonb, version = version + 1, updated_at = now()
 where id = md5('learnpath-seed-item:activation-functions-6')::uuid;
-- activation-functions-5: only the key repeated the stem word "activation"; a distractor uses it too
update item set choices = '[{"key": "a", "text": "GELU is a smooth, ReLU-like activation used in transformer models such as BERT and GPT."}, {"key": "b", "text": "ReLU''s derivative is 1 for positive inputs and 0 for negative inputs."}, {"key": "c", "text": "The largest value of the sigmoid''s derivative is 0.25, reached at z = 0."}, {"key": "d", "text": "tanh is not zero-centred, which is its main drawback as an activation compared with sigmoid."}, {"key": "e", "text": "Sigmoid saturates for large |z|, where its derivative is close to 0."}]'::jsonb, version = version + 1, updated_at = now()
 where id = md5('learnpath-seed-item:activation-functions-5')::uuid;
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:activation-functions-7')::uuid,
 'What does ReLU, f(z) = max(0, z), output for the inputs z = −3.2 and z = 2.5?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "0 and 2.5"}, {"key": "b", "text": "3.2 and 2.5 (it returns the magnitude)"}, {"key": "c", "text": "0 and 1 (it is a step function)"}, {"key": "d", "text": "−0.032 and 2.5 (it keeps a small slope below 0)"}]'::jsonb,
 '{"choice": "a"}'::jsonb,
 'ReLU passes positive inputs through unchanged and replaces negative inputs with 0, so max(0, −3.2) = 0 and max(0, 2.5) = 2.5. Returning the magnitude would be the absolute value |z|, a step function outputs only 0 or 1 (the Heaviside unit of the original perceptron), and keeping a slope of 0.01 below zero is Leaky ReLU, a variant designed to avoid dead units.',
 -1.5, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:activation-functions-7')::uuid, 'activation-functions');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:activation-functions-8')::uuid,
 'Which activation function maps every real number z to the open interval (0, 1) with 1 / (1 + e^(−z)), and is the usual output unit of a binary classifier? Give its name.',
 'SHORT_TEXT',
 null,
 '{"accepted": ["sigmoid", "the sigmoid", "sigmoid function", "the sigmoid function", "logistic", "logistic function", "the logistic function", "logistic sigmoid", "σ", "sigma"]}'::jsonb,
 'The sigmoid (logistic) function σ(z) = 1 / (1 + e^(−z)) squashes any logit into (0, 1), so its output can be read as P(y = 1 | x); logistic regression is exactly a linear model followed by this function. tanh has the same S shape but ranges over (−1, 1), and softmax generalizes the sigmoid to more than two mutually exclusive classes.',
 -1.2, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:activation-functions-8')::uuid, 'activation-functions');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:activation-functions-9')::uuid,
 'tanh and the sigmoid σ are closely related. Which identity holds for every real z?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "tanh(z) = 2σ(2z) − 1"}, {"key": "b", "text": "tanh(z) = 2σ(z) − 1"}, {"key": "c", "text": "tanh(z) = σ(z) − 0.5"}, {"key": "d", "text": "tanh(z) = σ(2z)"}]'::jsonb,
 '{"choice": "a"}'::jsonb,
 'tanh(z) = (1 − e^(−2z)) / (1 + e^(−2z)) = 2/(1 + e^(−2z)) − 1 = 2σ(2z) − 1, so tanh is a sigmoid stretched to (−1, 1), centred at 0, and with a maximum slope of 1 instead of 0.25. 2σ(z) − 1 also ranges over (−1, 1) but equals tanh(z/2), so it is too flat by a factor of 2 in its argument; σ(z) − 0.5 is zero-centred but only ranges over (−0.5, 0.5); σ(2z) still lies in (0, 1). (Checked numerically over a grid of z values.)',
 -0.6, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:activation-functions-9')::uuid, 'activation-functions');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:activation-functions-10')::uuid,
 'Which of these activations have a non-zero gradient for every negative input, so a unit whose pre-activations are all negative can still learn? Select all that apply.',
 'MULTIPLE_CHOICE',
 '[{"key": "a", "text": "Leaky ReLU with slope 0.01 for z < 0"}, {"key": "b", "text": "ReLU, max(0, z)"}, {"key": "c", "text": "ReLU6, min(max(0, z), 6)"}, {"key": "d", "text": "ELU with α = 1, which is α(e^z − 1) for z < 0"}, {"key": "e", "text": "A step unit that outputs 1 if z > 0 and 0 otherwise"}]'::jsonb,
 '{"choices": ["a", "d"]}'::jsonb,
 'Leaky ReLU has gradient 0.01 for z < 0 and ELU has gradient αe^z > 0 there, so both keep updating units that receive only negative inputs. ReLU and ReLU6 are flat (gradient 0) for all negative inputs, so units stuck there stop learning; the cap at 6 in ReLU6 only adds a second flat region. The step unit is flat everywhere except at 0, where it is not differentiable, which is why step units cannot be trained by backpropagation at all.',
 -0.3, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:activation-functions-10')::uuid, 'activation-functions');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:activation-functions-11')::uuid,
 'A from-scratch softmax is written as

def softmax(z):
    e = np.exp(z)
    return e / e.sum()

What does softmax(np.array([1000.0, 1001.0])) return in NumPy (float64)?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "array([0.26894142, 0.73105858]), the same as for the logits [0, 1]"}, {"key": "b", "text": "array([nan, nan]), with an overflow RuntimeWarning"}, {"key": "c", "text": "array([0., 1.]), because the larger logit takes all of the probability mass"}, {"key": "d", "text": "It raises OverflowError, because e^1000 is beyond the largest float64 value"}]'::jsonb,
 '{"choice": "b"}'::jsonb,
 'np.exp(1000.0) overflows to inf (NumPy warns with RuntimeWarning: overflow encountered in exp rather than raising), so the division computes inf / inf = nan for both entries. The mathematically correct answer is softmax([0, 1]) = [0.269, 0.731], because softmax is unchanged by subtracting a constant from every logit; that is exactly the standard fix: e = np.exp(z - z.max()). [0, 1] would be a hard argmax, not what the code computes, and NumPy floating-point overflow produces inf with a warning, not a Python OverflowError.',
 1.2, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:activation-functions-11')::uuid, 'activation-functions');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:activation-functions-12')::uuid,
 'A 10-class PyTorch model ends with nn.Softmax(dim=1), and its output is passed to nn.CrossEntropyLoss. Training runs but stalls: even on training batches the model classifies perfectly, the loss stays above about 1.4. What is wrong?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "CrossEntropyLoss applies log-softmax itself, so softmax runs twice; delete the nn.Softmax layer"}, {"key": "b", "text": "CrossEntropyLoss expects one-hot float targets, so class indices give it only a weak training signal"}, {"key": "c", "text": "Softmax is taken over the wrong axis: with dim=1 it normalizes across the batch instead of across the classes"}, {"key": "d", "text": "The probabilities need clipping away from 0 and 1, otherwise log(0) makes the gradients vanish during training"}]'::jsonb,
 '{"choice": "a"}'::jsonb,
 'nn.CrossEntropyLoss takes raw logits and applies log-softmax internally. Feeding it probabilities means a second softmax over values in [0, 1]: even a perfect prediction (1, 0, ..., 0) becomes e/(e + 9) ≈ 0.232 for the true class, so the loss cannot fall below −ln 0.232 ≈ 1.46 and the gradients are small. Remove the softmax layer and apply softmax only when probabilities are needed at prediction time. Class indices are the standard target format, dim=1 is the class axis for (batch, classes) outputs, and log(0) is not the issue here (double softmax never outputs 0).',
 1.5, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:activation-functions-12')::uuid, 'activation-functions');

-- ====================================================================== algorithm-complexity
-- algorithm-complexity-5: key was the longest option by far; distractors made as specific
update item set choices = '[{"key": "a", "text": "Fine: scikit-learn builds the merge tree from a k-d tree, so time and memory grow like O(n log n)"}, {"key": "b", "text": "Fine, as long as the features are standardized first, so that the Ward merge costs stay stable"}, {"key": "c", "text": "Infeasible, but only because Ward linkage is defined for categorical features and these are numeric"}, {"key": "d", "text": "Infeasible: it needs at least O(n²) time and pairwise memory (about 100 TB even condensed); use MiniBatchKMeans or a sample"}]'::jsonb, explanation = 'Standard hierarchical clustering considers all pairs of points: n(n − 1)/2 ≈ 1.25×10^13 distances × 8 bytes ≈ 100 TB, far beyond 64 GB, and the time is at least quadratic. k-means variants cost O(n·k·d) per iteration and MiniBatchKMeans processes small batches, so they scale to millions of rows; clustering a sample hierarchically is another option. Tree indexes speed up neighbour queries, but Ward agglomeration still has to track merge costs between clusters, which stays quadratic; standardizing does not change the complexity; and Ward linkage works on numeric features (it minimizes the increase in within-cluster variance), not categorical ones.', version = version + 1, updated_at = now()
 where id = md5('learnpath-seed-item:algorithm-complexity-5')::uuid;
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:algorithm-complexity-6')::uuid,
 'What is the average-case time complexity of looking up a key in a Python dict that holds n entries?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "O(1)"}, {"key": "b", "text": "O(log n), as in a balanced search tree"}, {"key": "c", "text": "O(n), as in a scan of a list"}, {"key": "d", "text": "O(n log n), since the keys are kept sorted"}]'::jsonb,
 '{"choice": "a"}'::jsonb,
 'A dict is a hash table: the key is hashed to a slot, so a lookup costs O(1) on average regardless of n (the worst case, with many hash collisions, degrades to O(n)). O(log n) is the cost of a balanced binary search tree or of binary search in a sorted array, O(n) is membership testing in a list, and dicts keep insertion order, not sorted order.',
 -1.5, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:algorithm-complexity-6')::uuid, 'algorithm-complexity');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:algorithm-complexity-7')::uuid,
 'Binary search looks for a value in a sorted array of 1,000,000 elements. In the worst case, how many elements does it have to compare with the target (each probe halves the remaining range)? Answer with a whole number.',
 'NUMERIC',
 null,
 '{"value": 20, "tolerance": 0}'::jsonb,
 'Each comparison halves the remaining range, so k probes can distinguish up to 2^k − 1 positions; 2^19 − 1 = 524,287 is too few and 2^20 − 1 = 1,048,575 is enough for 1,000,000 elements, so the worst case is 20 = ⌈log2(1,000,001)⌉ comparisons. (A simulation of the classic lo/hi loop over every possible target confirms a maximum of 20.) A linear scan would need up to 1,000,000, which is the practical meaning of O(log n) versus O(n).',
 -1.1, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:algorithm-complexity-7')::uuid, 'algorithm-complexity');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:algorithm-complexity-8')::uuid,
 'What is the worst-case time complexity of this function for a list of length n?

def has_duplicates(xs):
    for i in range(len(xs)):
        for j in range(i + 1, len(xs)):
            if xs[i] == xs[j]:
                return True
    return False',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "O(n log n), because the inner loop gets shorter on each pass of the outer loop"}, {"key": "b", "text": "O(n), because it returns as soon as it finds the first duplicate pair"}, {"key": "c", "text": "O(n²); a set-based check, len(set(xs)) != len(xs), is O(n) on average"}, {"key": "d", "text": "O(n²/2), which is a different and twice as fast complexity class as O(n²)"}]'::jsonb,
 '{"choice": "c"}'::jsonb,
 'When there is no duplicate (the worst case), the loops compare every pair: (n − 1) + (n − 2) + ... + 1 = n(n − 1)/2 comparisons, which is O(n²). The shrinking inner loop only halves the count, and constant factors are dropped in big-O notation, so O(n²/2) is the same class as O(n²), not a different one. Early return helps only when a duplicate exists early, and the sum of a shrinking inner loop is quadratic, not n log n. Hashing every element into a set costs O(n) on average.',
 -0.5, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:algorithm-complexity-8')::uuid, 'algorithm-complexity');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:algorithm-complexity-9')::uuid,
 'A feature job filters 1,000,000 events with [e for e in events if e.user_id in blocked], where blocked is a Python list of 50,000 user ids. It takes many minutes. What is the best fix?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "Sort blocked first; the in operator then switches to binary search on the sorted list"}, {"key": "b", "text": "Turn blocked into a tuple, since tuples are immutable and so their membership tests are hashed"}, {"key": "c", "text": "Replace the list comprehension with an explicit for loop that appends to a result list"}, {"key": "d", "text": "Build blocked_set = set(blocked) once and test membership against it"}]'::jsonb,
 '{"choice": "d"}'::jsonb,
 'Membership in a list is a linear scan, so the job does up to 10^6 × 5×10^4 = 5×10^10 comparisons, O(n·m). Building a set once costs O(m) and each lookup is then O(1) on average, so the whole filter is O(n + m). The in operator on a list or tuple always scans linearly: Python does not notice that a list is sorted (bisect would be needed for binary search), and tuples are not hashed containers. An explicit loop has the same complexity as the comprehension and is usually a little slower.',
 -0.3, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:algorithm-complexity-9')::uuid, 'algorithm-complexity');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:algorithm-complexity-10')::uuid,
 'Which statements about the cost of common NumPy and Python operations are correct? Select all that apply.',
 'MULTIPLE_CHOICE',
 '[{"key": "a", "text": "X.T on a 2-D NumPy array returns a view in O(1) time, without copying the data."}, {"key": "b", "text": "Growing an array with arr = np.append(arr, x) in a loop is amortized O(1) per call, like list.append."}, {"key": "c", "text": "Inserting at the front of a Python list with xs.insert(0, x) is O(1)."}, {"key": "d", "text": "Multiplying an (n, k) matrix by a (k, m) matrix with the textbook algorithm costs O(n·k·m)."}, {"key": "e", "text": "np.sort on n numbers runs in O(n), because NumPy vectorizes the comparisons."}]'::jsonb,
 '{"choices": ["a", "d"]}'::jsonb,
 'A transpose only swaps the strides of the array, so it is a view created in constant time. Each output entry of a matrix product is a k-term dot product and there are n·m of them, hence O(n·k·m). np.append allocates a new array and copies everything on every call, so a loop of n appends costs O(n²); collect values in a list and convert once. list.insert(0, x) shifts every existing element, O(n) (collections.deque gives O(1) at both ends). Vectorization lowers the constant factor, not the complexity: comparison sorting stays O(n log n).',
 0.5, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:algorithm-complexity-10')::uuid, 'algorithm-complexity');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:algorithm-complexity-11')::uuid,
 'How many times in total is fib called (counting the first call) when you evaluate fib(10) with this function?

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

Answer with a whole number.',
 'NUMERIC',
 null,
 '{"value": 177, "tolerance": 0}'::jsonb,
 'The number of calls C(n) satisfies C(0) = C(1) = 1 and C(n) = 1 + C(n − 1) + C(n − 2), which gives 1, 1, 3, 5, 9, 15, 25, 41, 67, 109, 177 for n = 0..10; in closed form C(n) = 2·F(n + 1) − 1 = 2·89 − 1 = 177 (checked by instrumenting the function). The count grows like φ^n ≈ 1.618^n, exponential time, because the same subproblems are recomputed again and again; caching results (functools.lru_cache) or iterating bottom-up makes it O(n).',
 1.1, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:algorithm-complexity-11')::uuid, 'algorithm-complexity');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:algorithm-complexity-12')::uuid,
 'df is a pandas DataFrame with a default RangeIndex and n rows. Compare

for i in range(len(df)):
    df.loc[i, ''total''] = df.loc[i, ''price''] * df.loc[i, ''qty'']

with df[''total''] = df[''price''] * df[''qty'']. The second version is hundreds of times faster on large n. Why?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "The loop is O(n²), because every df.loc lookup scans the index from the top until it finds row i"}, {"key": "b", "text": "Both are O(n); the vectorized one avoids n slow interpreted steps and runs one loop in compiled code"}, {"key": "c", "text": "The vectorized version is O(1), because NumPy multiplies all the rows at the same time in parallel"}, {"key": "d", "text": "The loop is O(n log n), because pandas re-sorts the index after every single assignment to a cell"}]'::jsonb,
 '{"choice": "b"}'::jsonb,
 'Both versions touch each row once, so both are O(n); the difference is the constant per row. The loop performs several label lookups and a scalar assignment through the pandas API for every row, each costing microseconds of interpreter and indexing overhead, while the vectorized expression runs a single loop in C over contiguous arrays. A RangeIndex locates a label arithmetically, without scanning, and assigning a value does not re-sort anything. Vectorized code still processes every element (O(n) work), mostly sequentially with SIMD, not in constant time.',
 1.2, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:algorithm-complexity-12')::uuid, 'algorithm-complexity');

-- ====================================================================== algorithmic-trading-ml
-- algorithmic-trading-ml-2: key was the longest option by far; option b was a near-duplicate of item 1's option c
update item set choices = '[{"key": "a", "text": "Survivorship bias: firms that went bankrupt or left the index are missing"}, {"key": "b", "text": "Look-ahead bias, because the backtest computes its daily returns from closing prices"}, {"key": "c", "text": "Data-snooping bias, because twenty years give the researcher many periods to choose from"}, {"key": "d", "text": "Regime bias: twenty years is too long, so outdated market regimes dilute today''s signals"}]'::jsonb, explanation = 'Today''s index members are, by construction, the firms that survived and grew over the period; firms that failed or shrank are missing, so a backtest on this universe overstates returns. The fix is a point-in-time universe that includes delisted securities. Closing prices are not look-ahead in themselves (they are known at the close, when the return is measured), nothing in the setup says that many periods were tried, and a long period covering several regimes is generally more, not less, informative.', version = version + 1, updated_at = now()
 where id = md5('learnpath-seed-item:algorithmic-trading-ml-2')::uuid;
-- algorithmic-trading-ml-3: key was the longest option by far; option a was a near-duplicate of a fraud-detection option
update item set choices = '[{"key": "a", "text": "Shuffled 10-fold cross-validation, which uses every day for both training and testing and averages out noise"}, {"key": "b", "text": "Leave-one-out cross-validation over the days, since each day is then predicted from all the other days"}, {"key": "c", "text": "Train on the most recent year and test on earlier years, so that the model learns the current regime"}, {"key": "d", "text": "Walk-forward: train up to day t, test on the next period, roll forward (with a gap if labels overlap)"}]'::jsonb, explanation = 'Walk-forward validation trains on the past and tests on the future, as in live trading, and captures changing market regimes; a gap (embargo) prevents overlapping label windows from leaking across the split. Shuffled k-fold and leave-one-out put future observations into training and exploit autocorrelation between neighbouring days, so their scores are optimistic; training on recent data to test on older data reverses time.', version = version + 1, updated_at = now()
 where id = md5('learnpath-seed-item:algorithmic-trading-ml-3')::uuid;
-- algorithmic-trading-ml-6: key was the longest option by far; option c was a near-duplicate of a neural-network-training option
update item set choices = '[{"key": "a", "text": "Deploy it: an R² this close to 1 on an unseen test period means a strong trading edge"}, {"key": "b", "text": "Compare it with the naive forecast ''tomorrow = today''s close'', which also scores R² near 1; judge returns after costs"}, {"key": "c", "text": "Re-estimate it with shuffled cross-validation, which gives a less noisy R² than one single test period can"}, {"key": "d", "text": "Check the residuals for normality; if they look normal, both the R² and the trading edge can be trusted as they are"}]'::jsonb, explanation = 'Prices are highly persistent, so almost any forecast close to today''s price explains nearly all the variance of price levels; the real question is whether the model predicts changes (returns) better than the persistence baseline, and whether that edge survives transaction costs. A high R² on levels is not evidence of an edge, shuffled cross-validation would add look-ahead leakage rather than reduce noise, and normal residuals say nothing about whether the model beats the naive forecast.', version = version + 1, updated_at = now()
 where id = md5('learnpath-seed-item:algorithmic-trading-ml-6')::uuid;
-- algorithmic-trading-ml-5: only the key repeated the stem word "backtest"; a distractor uses it too
update item set choices = '[{"key": "a", "text": "Computing features only from data timestamped before each trading decision."}, {"key": "b", "text": "Including realistic transaction costs and slippage in the backtest."}, {"key": "c", "text": "Standardizing features with the mean and standard deviation of the full history before splitting it into training and test periods."}, {"key": "d", "text": "Computing a feature with a centred rolling window (pandas rolling(..., center=True))."}, {"key": "e", "text": "Trying hundreds of strategy variants and reporting the best backtest Sharpe ratio without adjustment."}]'::jsonb, version = version + 1, updated_at = now()
 where id = md5('learnpath-seed-item:algorithmic-trading-ml-5')::uuid;
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:algorithmic-trading-ml-7')::uuid,
 'When you train a model to forecast a stock, which target is usually preferred to the raw price level, because its statistical properties are much more stable over time?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "Returns, such as daily log returns"}, {"key": "b", "text": "Prices min-max scaled to [0, 1] with the minimum and maximum of the full history"}, {"key": "c", "text": "The cumulative sum of all prices since the stock was listed"}, {"key": "d", "text": "A 200-day moving average of the price, which removes the daily noise"}]'::jsonb,
 '{"choice": "a"}'::jsonb,
 'Price levels trend and wander (they are non-stationary), so a model fitted on one price range extrapolates badly to another, and naive forecasts look deceptively good on levels. Returns, such as log(P_t / P_{t−1}), are much closer to stationary and are what a strategy actually earns. Min-max scaling with the full history leaks future highs and lows and keeps the trend, a cumulative sum is even less stationary, and a 200-day moving average lags the price and still trends.',
 -1.5, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:algorithmic-trading-ml-7')::uuid, 'algorithmic-trading-ml');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:algorithmic-trading-ml-8')::uuid,
 'Which performance measure divides a strategy''s mean excess return (over the risk-free rate) by the standard deviation of its returns, and is usually annualized by multiplying the daily value by √252? Give its name.',
 'SHORT_TEXT',
 null,
 '{"accepted": ["Sharpe ratio", "the Sharpe ratio", "Sharpe", "Sharpe''s ratio", "sharpe-ratio", "SR"]}'::jsonb,
 'The Sharpe ratio measures return per unit of volatility, (mean excess return) / (standard deviation of returns), so strategies with different risk levels can be compared. With about 252 trading days, a daily ratio is annualized by multiplying by √252, which assumes independent daily returns. The Sortino ratio is a variant that divides by downside deviation only.',
 -1.2, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:algorithmic-trading-ml-8')::uuid, 'algorithmic-trading-ml');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:algorithmic-trading-ml-9')::uuid,
 'A strategy''s daily excess returns have a mean of 0.05% and a standard deviation of 1%. What is its annualized Sharpe ratio, using √252 for annualization? Round to two decimals.',
 'NUMERIC',
 null,
 '{"value": 0.79, "tolerance": 0.005}'::jsonb,
 'The daily Sharpe ratio is 0.05% / 1% = 0.05, and annualizing multiplies it by √252 ≈ 15.87, giving 0.05 × 15.87 ≈ 0.794, so 0.79. Multiplying by 252 instead of √252 (12.6) is a common slip: the mean scales with time but the standard deviation only with its square root.',
 -0.6, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:algorithmic-trading-ml-9')::uuid, 'algorithmic-trading-ml');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:algorithmic-trading-ml-10')::uuid,
 'A strategy''s equity curve goes 100 → 120 → 90 → 130 (in that order). What is its maximum drawdown?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "30%, the fall of 30 measured against the starting capital of 100"}, {"key": "b", "text": "25%"}, {"key": "c", "text": "10%, the loss measured from the starting capital of 100 down to 90"}, {"key": "d", "text": "About 23%, the fall of 30 measured against the final peak of 130"}]'::jsonb,
 '{"choice": "b"}'::jsonb,
 'Maximum drawdown is the largest peak-to-trough decline relative to the running peak: from the peak of 120 down to 90, a fall of 30 / 120 = 25%. Measuring against the starting capital (30% or 10%) ignores that the strategy had already grown to 120, and the later peak of 130 comes after the trough, so it does not define this drawdown.',
 -0.3, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:algorithmic-trading-ml-10')::uuid, 'algorithmic-trading-ml');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:algorithmic-trading-ml-11')::uuid,
 'A daily trading model trained on 2015–2019 passed walk-forward tests, but it has lost money steadily since markets changed sharply in March 2020. Which responses are sound? Select all that apply.',
 'MULTIPLE_CHOICE',
 '[{"key": "a", "text": "Monitor live performance and feature drift, with a pre-agreed rule to reduce exposure when results degrade."}, {"key": "b", "text": "Retrain on a rolling window so that the model reflects the current market regime."}, {"key": "c", "text": "Add the 2020 months to the training data and then report the backtest over those same months as out-of-sample."}, {"key": "d", "text": "Increase position sizes to recover the losses, since the long-run backtest was profitable."}, {"key": "e", "text": "Switch to shuffled k-fold cross-validation so that every fold contains some 2020 data."}]'::jsonb,
 '{"choices": ["a", "b"]}'::jsonb,
 'Markets are non-stationary, so a model needs monitoring with clear risk limits and periodic retraining on recent data (rolling or expanding windows, still validated walk-forward). Evaluating on months that were also used for training is no longer out-of-sample and overstates performance; raising size after losses increases risk without any evidence that the edge still exists; and shuffled k-fold leaks future information into training, which is exactly what walk-forward avoids.',
 1.1, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:algorithmic-trading-ml-11')::uuid, 'algorithmic-trading-ml');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:algorithmic-trading-ml-12')::uuid,
 'Each day''s label is the stock''s return over the next 5 trading days. In your walk-forward split, the training set ends on day t and the test set starts on day t + 1. What leaks, and how do you prevent it?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "Nothing leaks: the training days all come before the test days, so no test-period data is used"}, {"key": "b", "text": "The 5-day labels make the classes imbalanced, which inflates the test accuracy; rebalance them"}, {"key": "c", "text": "Late training labels use returns from inside the test period; purge ~5 days at the split"}, {"key": "d", "text": "Neighbouring days are autocorrelated, so shuffle the test period to break the correlation"}]'::jsonb,
 '{"choice": "c"}'::jsonb,
 'The label of day t − 1, for example, is the return from t − 1 to t + 4, which overlaps the first test days, so training labels contain information about test-period prices. Dropping (purging) the last training observations whose label windows reach into the test period, and optionally an embargo after it, removes the overlap. The split looks clean by feature dates only; class balance is unrelated to this leak; and shuffling the test period changes nothing about what the model learned.',
 1.4, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:algorithmic-trading-ml-12')::uuid, 'algorithmic-trading-ml');

-- ====================================================================== anomaly-detection
-- anomaly-detection-2: key was the longest option by far; distractors made as specific
update item set choices = '[{"key": "a", "text": "They lie far from the centroids found by k-means, and the forest scores the distance to the nearest one"}, {"key": "b", "text": "They sit in regions of high local density, which the trees detect by counting the points in each leaf"}, {"key": "c", "text": "Random splits separate rare, distinct points in few steps, so their average path length is short"}, {"key": "d", "text": "They have the largest reconstruction error after the forest projects the data onto principal components"}]'::jsonb, version = version + 1, updated_at = now()
 where id = md5('learnpath-seed-item:anomaly-detection-2')::uuid;
-- anomaly-detection-3: key was the longest option by far; distractors made as specific
update item set choices = '[{"key": "a", "text": "Supervised classification on the labels with imbalance-aware metrics, perhaps adding an anomaly score as a feature"}, {"key": "b", "text": "Unsupervised outlier detection such as Isolation Forest, because fraud is rare and the labels may be noisy"}, {"key": "c", "text": "Novelty detection trained only on the 40,000 fraud cases, flagging new transactions that resemble them"}, {"key": "d", "text": "Clustering the transactions and labelling the smallest cluster as fraud, which needs no labels at all"}]'::jsonb, explanation = 'When plenty of labelled anomalies of recurring types exist, supervised learning uses that information directly and usually beats unsupervised detectors; an unsupervised anomaly score can still be added as a feature to catch novel patterns. Ignoring the labels wastes the strongest signal (noisy labels are handled better by robust training than by discarding them), novelty detection is meant to be trained on normal data, not on the anomalies, and the smallest cluster has no necessary relation to fraud.', version = version + 1, updated_at = now()
 where id = md5('learnpath-seed-item:anomaly-detection-3')::uuid;
-- anomaly-detection-6: near-duplicate of outlier-handling-6 (z-score masking); replaced by new items below
update item set status = 'RETIRED', version = version + 1, updated_at = now() where id = md5('learnpath-seed-item:anomaly-detection-6')::uuid;
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:anomaly-detection-7')::uuid,
 'What does scikit-learn''s OneClassSVM learn when it is fitted on unlabelled sensor readings?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "A boundary in kernel feature space around the bulk of the training points"}, {"key": "b", "text": "A hyperplane that separates normal readings from the labelled anomalous readings"}, {"key": "c", "text": "The centroids of the normal data, flagging readings far from every centroid"}, {"key": "d", "text": "A Gaussian with a robust covariance, flagging readings with a large Mahalanobis distance"}]'::jsonb,
 '{"choice": "a"}'::jsonb,
 'A one-class SVM uses only unlabelled (ideally normal) data and finds a boundary that encloses most of it in the kernel feature space, with nu bounding the fraction of training points left outside; new points outside are flagged as outliers. A separating hyperplane between two labelled classes is an ordinary SVM classifier, centroid distances describe a k-means-based detector, and a robust Gaussian with Mahalanobis distances is EllipticEnvelope.',
 -1.1, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:anomaly-detection-7')::uuid, 'anomaly-detection');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:anomaly-detection-8')::uuid,
 'A server''s CPU load of 90% is normal at 2 pm on a weekday but highly unusual at 3 am on a Sunday. What kind of anomaly is a 90% reading at 3 am on Sunday?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "A point (global) anomaly"}, {"key": "b", "text": "A contextual (conditional) anomaly"}, {"key": "c", "text": "A collective anomaly"}, {"key": "d", "text": "A novelty, since the value was absent from training"}]'::jsonb,
 '{"choice": "b"}'::jsonb,
 'The value 90% is ordinary overall; it is anomalous only given its context (time of day and day of week), which makes it a contextual anomaly, detected by conditioning on context features such as hour and weekday. A point anomaly is extreme regardless of context, a collective anomaly is a sequence or group of values that is unusual together although each value looks normal, and the reading cannot be a novelty of that kind because 90% occurs routinely in the data.',
 -1.3, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:anomaly-detection-8')::uuid, 'anomaly-detection');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:anomaly-detection-9')::uuid,
 'Isolation Forest scores a point x as s(x) = 2^(−E[h(x)] / c(ψ)), where E[h(x)] is its average path length over the trees and c(ψ) is the average path length of an unsuccessful search in a binary search tree built on the subsample size ψ. For ψ = 256, c(ψ) ≈ 10.24. A point has an average path length of 5.12. What is its score s(x)? Round to three decimals.',
 'NUMERIC',
 null,
 '{"value": 0.707, "tolerance": 0.0005}'::jsonb,
 's = 2^(−5.12 / 10.24) = 2^(−0.5) = 1/√2 ≈ 0.707. Scores near 1 indicate anomalies (isolated in far fewer splits than average), scores around 0.5 or below indicate normal points; here the point is isolated in half the usual number of splits. (c(256) = 2H(255) − 2·255/256 ≈ 10.24 with H the harmonic number, computed in Python.) scikit-learn''s score_samples returns the negative of this score, so lower means more abnormal there.',
 -0.3, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:anomaly-detection-9')::uuid, 'anomaly-detection');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:anomaly-detection-10')::uuid,
 'After iso = IsolationForest(random_state=0).fit(X) and s = iso.score_samples(X), which points does scikit-learn consider the most anomalous?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "The points with the highest values of s, the ones closest to 1"}, {"key": "b", "text": "The points with the lowest (most negative) values of s"}, {"key": "c", "text": "The points with s > 0, since a positive score marks an outlier"}, {"key": "d", "text": "The points with s == -1, the label scikit-learn uses for outliers"}]'::jsonb,
 '{"choice": "b"}'::jsonb,
 'score_samples returns the opposite of the anomaly score of the original paper, so it lies between −1 and 0 and lower values mean more abnormal (checked: the planted outliers in a test get the lowest values). decision_function shifts it by offset_, so that negative values are outliers, and predict returns the labels −1 and 1; s itself is a continuous score, not a label, and it is never positive.',
 -0.6, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:anomaly-detection-10')::uuid, 'anomaly-detection');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:anomaly-detection-11')::uuid,
 'You use scikit-learn''s LocalOutlierFactor. Which statements are correct? Select all that apply.',
 'MULTIPLE_CHOICE',
 '[{"key": "a", "text": "With the default novelty=False, you call fit_predict on the data itself; the predict method is not available."}, {"key": "b", "text": "To score new, unseen points, create it with novelty=True and fit it on data that should be free of outliers."}, {"key": "c", "text": "LOF is insensitive to feature scaling, because it compares densities rather than raw distances."}, {"key": "d", "text": "The n_neighbors parameter has little effect on the scores, because densities are normalized."}, {"key": "e", "text": "A point whose LOF is close to 1 is very likely an outlier."}]'::jsonb,
 '{"choices": ["a", "b"]}'::jsonb,
 'In outlier-detection mode (novelty=False) LOF scores the training points themselves via fit_predict and negative_outlier_factor_, and calling predict raises an AttributeError; novelty=True enables predict, decision_function and score_samples for new data, and should then be fitted on clean data. Densities are computed from k-nearest-neighbour distances, so scaling matters and n_neighbors changes the scale of locality (small values chase noise, large values miss local clusters). LOF ≈ 1 means the point is about as dense as its neighbours, i.e. an inlier; outliers have LOF clearly above 1.',
 1.1, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:anomaly-detection-11')::uuid, 'anomaly-detection');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:anomaly-detection-12')::uuid,
 'Temperature and pressure in a pump are strongly correlated (r ≈ 0.95). A failing pump shows high temperature with low pressure, but each value is within 1.5 standard deviations of its own mean, so per-feature |z| > 3 rules never fire. What should you change?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "Lower the per-feature threshold from |z| > 3 to |z| > 1.5 so that these readings get flagged"}, {"key": "b", "text": "Standardize both features first; per-feature z-scores then pick up the unusual combination"}, {"key": "c", "text": "Use a joint detector, e.g. Mahalanobis distance with a robust covariance (EllipticEnvelope)"}, {"key": "d", "text": "Drop one of the two correlated features, so that the remaining feature is easier to monitor"}]'::jsonb,
 '{"choice": "c"}'::jsonb,
 'The reading is anomalous only as a combination: it lies far off the narrow diagonal band in which the two variables normally move together. A multivariate method that models the joint distribution (Mahalanobis distance with a robust covariance, or Isolation Forest or LOF on both features) flags it. Lowering the per-feature threshold to 1.5 would flag a large share of normal readings (about 13% per feature for Gaussian data), z-scores are already standardized values so standardizing changes nothing, and dropping a feature removes exactly the relationship that reveals the fault.',
 1.3, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:anomaly-detection-12')::uuid, 'anomaly-detection');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:anomaly-detection-13')::uuid,
 'You train an autoencoder on healthy vibration windows and flag windows whose reconstruction error exceeds the 99th percentile of the errors on those same training windows. On held-out healthy windows from the same period, 6% are flagged. What is the most likely cause?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "The bottleneck is too small, so the autoencoder underfits the healthy windows"}, {"key": "b", "text": "Autoencoders suit images only; for sensor data use Isolation Forest instead"}, {"key": "c", "text": "A 99th percentile flags exactly 1% of any data, so the scoring code has a bug"}, {"key": "d", "text": "The threshold came from errors on data the model was fitted to; use held-out data"}]'::jsonb,
 '{"choice": "d"}'::jsonb,
 'Reconstruction errors on the training windows are optimistically low because the network has fitted them, so their 99th percentile is too strict for unseen healthy data and far more than 1% are flagged. Setting the threshold on a separate set of healthy validation windows gives the intended false-alarm rate. Underfitting would raise the training errors as well, and the threshold with them, so it would not produce this gap; a percentile only fixes the flag rate on the data it was computed from; and autoencoders are widely used on sensor time series.',
 1.5, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:anomaly-detection-13')::uuid, 'anomaly-detection');

-- ====================================================================== autonomous-driving-ml
-- autonomous-driving-ml-1: stem named the key's task ("forecasts the future trajectories"); reworded so that the learner has to know which module does it
update item set stem = 'The planner of a self-driving car needs to know where the cyclist ahead is likely to be three seconds from now. Which module of the driving stack supplies that?', choices = '[{"key": "a", "text": "Perception"}, {"key": "b", "text": "Localization"}, {"key": "c", "text": "Prediction"}, {"key": "d", "text": "Planning"}]'::jsonb, explanation = 'The stack typically runs perception (detect and track objects from camera, lidar and radar), localization (estimate the vehicle''s own pose on the map), prediction (forecast where other agents will move), planning (choose the ego trajectory) and control (steering, throttle and brake commands). Forecasting the cyclist''s motion is prediction; perception says where the cyclist is now, localization concerns the ego vehicle, and planning consumes the forecast to choose the car''s own path rather than producing it.', version = version + 1, updated_at = now()
 where id = md5('learnpath-seed-item:autonomous-driving-ml-1')::uuid;
-- autonomous-driving-ml-3: key was the longest option by far; distractors made as specific
update item set choices = '[{"key": "a", "text": "The average IoU between each predicted box and its best-matching ground-truth box, over all predictions"}, {"key": "b", "text": "Per class, the area under the PR curve of detections matched at an IoU threshold, averaged over classes"}, {"key": "c", "text": "The share of images in which at least one object is found with IoU above 0.5, averaged over the classes"}, {"key": "d", "text": "The mean confidence score of the detections that survive non-maximum suppression, averaged over classes"}]'::jsonb, version = version + 1, updated_at = now()
 where id = md5('learnpath-seed-item:autonomous-driving-ml-3')::uuid;
-- autonomous-driving-ml-4: key was the longest option by far; the distractor with "guarantees" reworded
update item set choices = '[{"key": "a", "text": "It slightly overestimates the remaining distance, which makes A* faster while keeping the path optimal"}, {"key": "b", "text": "It lets A* drop the cost already travelled, g(n), so each expansion only compares distances to the goal"}, {"key": "c", "text": "It equals the true remaining road distance at every node, so A* expands only the nodes on the final path"}, {"key": "d", "text": "It never overestimates the remaining road distance, so A* stays optimal and expands fewer nodes"}]'::jsonb, explanation = 'No road route can be shorter than the straight line, so the heuristic never overestimates (it is admissible), and with an admissible heuristic A* returns an optimal path; because h guides the search towards the goal, it expands fewer nodes than Dijkstra''s algorithm (which is A* with h = 0). An overestimating heuristic can make A* return suboptimal paths, g(n) remains part of f(n), and the straight line is only a lower bound on the road distance (roads bend), so A* still expands nodes off the final path.', version = version + 1, updated_at = now()
 where id = md5('learnpath-seed-item:autonomous-driving-ml-4')::uuid;
-- autonomous-driving-ml-5: the distractor with "guarantees" reworded (absolute word only in a wrong option)
update item set choices = '[{"key": "a", "text": "Behaviour cloning suffers from compounding errors: small mistakes lead to states that are absent from the demonstrations."}, {"key": "b", "text": "Reinforcement learning for driving is mostly trained in simulation, because trial-and-error exploration on real roads is unsafe."}, {"key": "c", "text": "One-stage learned detectors such as YOLO first generate region proposals and then classify them in a second stage."}, {"key": "d", "text": "A high mAP on a public benchmark is strong evidence of safe driving in rare long-tail situations."}, {"key": "e", "text": "Imitation learning (behaviour cloning) learns a driving policy from recorded human demonstrations."}]'::jsonb, version = version + 1, updated_at = now()
 where id = md5('learnpath-seed-item:autonomous-driving-ml-5')::uuid;
-- autonomous-driving-ml-6: key was the longest option by far; distractors made as specific
update item set choices = '[{"key": "a", "text": "Treat it as a long-tail gap: mine and label similar rare cases from fleet data or simulation, retrain, add scenario tests"}, {"key": "b", "text": "Ship it: 99.5% recall on a large test set means that misses like this one are rare enough to accept on the road"}, {"key": "c", "text": "Retrain on the same data with a lower learning rate and more epochs, so that the detector generalizes better"}, {"key": "d", "text": "Add a hand-written rule that treats any upright shape next to a bicycle as a pedestrian, and keep the model"}]'::jsonb, explanation = 'Aggregate test metrics are dominated by common cases, while safety depends on rare situations that are under-represented in the data; the remedy is targeted data collection, simulation and scenario-based evaluation for such cases, followed by retraining and monitoring per-scenario performance. A high average recall says little about rare appearances, retraining on the same data will not teach the missing pattern, and hand-written rules are brittle: they generalize even worse to unusual appearances and add false alarms.', version = version + 1, updated_at = now()
 where id = md5('learnpath-seed-item:autonomous-driving-ml-6')::uuid;
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:autonomous-driving-ml-7')::uuid,
 'Which sensor on a self-driving car measures distances directly by timing reflected laser pulses, producing a 3-D point cloud?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "Radar, which also measures each object''s speed from the Doppler shift"}, {"key": "b", "text": "Lidar"}, {"key": "c", "text": "A stereo camera pair, which triangulates depth between its two images"}, {"key": "d", "text": "An inertial measurement unit (IMU)"}]'::jsonb,
 '{"choice": "b"}'::jsonb,
 'Lidar emits laser pulses and measures their time of flight, giving a dense 3-D point cloud with accurate ranges. Radar uses radio waves (and does measure radial speed via the Doppler effect) but with much coarser angular resolution; a stereo camera estimates depth indirectly by triangulation, which degrades with distance; and an IMU measures the car''s own accelerations and rotation rates, not distances to objects.',
 -1.4, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:autonomous-driving-ml-7')::uuid, 'autonomous-driving-ml');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:autonomous-driving-ml-8')::uuid,
 'An object detector outputs many overlapping boxes for the same car. Which post-processing step keeps the highest-scoring box and discards the other boxes of that class whose IoU with it exceeds a threshold? Give its name.',
 'SHORT_TEXT',
 null,
 '{"accepted": ["non-maximum suppression", "non maximum suppression", "nonmaximum suppression", "non-max suppression", "non max suppression", "NMS"]}'::jsonb,
 'Non-maximum suppression (NMS) sorts the boxes by confidence, keeps the best one, removes the boxes that overlap it beyond an IoU threshold (often 0.5), and repeats with the remaining boxes. Without it, one object would be reported many times, creating false positives that lower precision and mAP.',
 -1.1, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:autonomous-driving-ml-8')::uuid, 'autonomous-driving-ml');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:autonomous-driving-ml-9')::uuid,
 'A car drives at 30 m/s. Its perception and planning pipeline takes 150 ms from the moment a sensor frame arrives until a braking command is issued. How many metres does the car travel during that latency? Round to one decimal.',
 'NUMERIC',
 null,
 '{"value": 4.5, "tolerance": 0.05}'::jsonb,
 'Distance = speed × time = 30 m/s × 0.15 s = 4.5 m, before braking even begins. This is why latency budgets matter as much as accuracy in driving stacks: a model that is slightly more accurate but 100 ms slower adds 3 m of travel at this speed.',
 -0.5, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:autonomous-driving-ml-9')::uuid, 'autonomous-driving-ml');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:autonomous-driving-ml-10')::uuid,
 'Why do many driving stacks fuse camera and radar data instead of relying on one of them?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "Radar gives high-resolution images for reading signs, while the camera measures the speed of objects"}, {"key": "b", "text": "Cameras give rich appearance and class cues but weak depth; radar gives range and speed, even in fog"}, {"key": "c", "text": "Fusion halves the compute, because each sensor only has to process half of the field of view"}, {"key": "d", "text": "Cameras work well at night and in fog, so radar is only needed as a backup on bright sunny days"}]'::jsonb,
 '{"choice": "b"}'::jsonb,
 'The sensors are complementary: cameras see colour, texture and text (lanes, signs, object classes) but estimate depth poorly from a single image and suffer in darkness, glare and fog, while radar measures range and radial velocity directly and works in bad weather, at low angular resolution. The first and last options swap the sensors'' strengths, and fusion adds processing rather than splitting the field of view.',
 -0.3, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:autonomous-driving-ml-10')::uuid, 'autonomous-driving-ml');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:autonomous-driving-ml-11')::uuid,
 'A motion-forecasting model outputs K = 6 candidate future trajectories for each agent. It is evaluated with minADE, minFDE and miss rate. Which statements are correct? Select all that apply.',
 'MULTIPLE_CHOICE',
 '[{"key": "a", "text": "minADE is the average displacement over all time steps of the candidate closest to the ground truth."}, {"key": "b", "text": "minFDE is the displacement at the final time step of the best candidate."}, {"key": "c", "text": "Adding more candidates to the same set can only lower minADE or leave it unchanged."}, {"key": "d", "text": "minADE penalizes a model whose extra candidates are physically implausible."}, {"key": "e", "text": "Miss rate is the share of agents whose best candidate ends farther than a threshold (e.g. 2 m) from the true endpoint."}, {"key": "f", "text": "minADE is computed from the single most confident candidate only."}]'::jsonb,
 '{"choices": ["a", "b", "c", "e"]}'::jsonb,
 'The "min" metrics take the best of the K candidates against the ground truth: minADE averages the displacement over time, minFDE takes it at the final step, and the miss rate counts agents whose best final displacement exceeds a threshold (2 m in Argoverse). Because it is a minimum, adding candidates can never make it worse, which is exactly why min-of-K metrics do not penalize implausible extra modes and why the candidates'' probabilities are evaluated separately (e.g. Brier-minFDE). Using only the most confident candidate would be a top-1 metric, not minADE.',
 1.1, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:autonomous-driving-ml-11')::uuid, 'autonomous-driving-ml');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:autonomous-driving-ml-12')::uuid,
 'You project lidar points onto camera images to label objects. Points on parked cars land on the right pixels, but on cars passing at 20 m/s the points are offset by about a metre. What is the most likely cause?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "The camera intrinsics are wrong, which shifts every projected point by the same pixel offset"}, {"key": "b", "text": "The two sensors'' timestamps differ by ~50 ms; synchronize them and compensate for motion"}, {"key": "c", "text": "Lidar ranges are distorted by the Doppler effect on fast objects, so use radar ranges instead"}, {"key": "d", "text": "The image resolution is too low; a higher-resolution camera would remove the offset"}]'::jsonb,
 '{"choice": "b"}'::jsonb,
 'Only moving objects are misaligned, and the offset scales with speed: 20 m/s × 0.05 s = 1 m, so the camera frame and the lidar sweep were captured at slightly different times. Hardware or software time synchronization plus ego- and object-motion compensation fixes it. Wrong intrinsics or extrinsics would misplace points on parked cars as well, standard time-of-flight lidar ranges are not distorted by the Doppler effect, and resolution does not create a speed-dependent offset.',
 1.4, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:autonomous-driving-ml-12')::uuid, 'autonomous-driving-ml');

-- ====================================================================== backpropagation
-- backpropagation-6: the key was the longest option (by one character); one distractor now shows its arithmetic
update item set choices = '[{"key": "a", "text": "About 0.25"}, {"key": "b", "text": "About 2.5 (= 10 × 0.25)"}, {"key": "c", "text": "About 0.1"}, {"key": "d", "text": "About 10^−6"}]'::jsonb, version = version + 1, updated_at = now()
 where id = md5('learnpath-seed-item:backpropagation-6')::uuid;
-- backpropagation-1: key was the longest option by far and the only one echoing the stem ("computation"); distractors made as specific
update item set choices = '[{"key": "a", "text": "The updated weights, by taking a step of size η against the gradient after each mini-batch of data"}, {"key": "b", "text": "The gradient of the loss with respect to every parameter, via the chain rule applied backward"}, {"key": "c", "text": "The network''s predictions for a batch, by passing the inputs forward through the layers"}, {"key": "d", "text": "A separate learning rate for each layer, chosen from the size of that layer''s gradient"}]'::jsonb, version = version + 1, updated_at = now()
 where id = md5('learnpath-seed-item:backpropagation-1')::uuid;
-- backpropagation-4: key was the longest option by far; distractors made as specific, absolute word removed
update item set choices = '[{"key": "a", "text": "A constant of 0.1 is large for a deep network, so the gradients explode after a few layers and training stalls"}, {"key": "b", "text": "Backpropagation returns zero weight gradients when all weights are equal, so only the biases are updated"}, {"key": "c", "text": "Every unit in a layer computes the same output and gets the same gradient, so the units stay identical copies"}, {"key": "d", "text": "The biases are ignored when all weights share one value, so each layer acts like a single effective unit"}]'::jsonb, explanation = 'With identical incoming weights, every unit in a layer computes the same activation, receives the same gradient and gets the same update, so the units remain clones forever; random initialization (e.g. Xavier/He) breaks this symmetry. 0.1 is not large enough to cause explosion by itself, backpropagation computes non-zero gradients for equal weights (they are just identical across units), and biases are still used (and also updated identically).', version = version + 1, updated_at = now()
 where id = md5('learnpath-seed-item:backpropagation-4')::uuid;
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:backpropagation-7')::uuid,
 'In PyTorch, what does calling loss.backward() do?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "It updates the weights by one gradient step using the optimizer''s learning rate"}, {"key": "b", "text": "It fills each parameter''s .grad with dLoss/dparameter, adding to what is there"}, {"key": "c", "text": "It undoes the last optimizer step and restores the previous values of the weights"}, {"key": "d", "text": "It runs the forward pass in reverse order to recompute the predictions of the batch"}]'::jsonb,
 '{"choice": "b"}'::jsonb,
 'backward() runs reverse-mode automatic differentiation from the scalar loss and accumulates (adds) the gradients into each parameter''s .grad attribute. Changing the weights is the job of optimizer.step(), nothing is undone, and predictions come from the forward pass; the backward pass reuses the values stored during the forward pass to compute derivatives, not outputs.',
 -1.5, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:backpropagation-7')::uuid, 'backpropagation');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:backpropagation-8')::uuid,
 'For the same model and batch size, training needs far more GPU memory than inference. What is the main reason?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "Backpropagation makes a copy of the weights for every layer so that it can compute their gradients"}, {"key": "b", "text": "Training runs in float64 by default, while inference switches the model to float16"}, {"key": "c", "text": "The intermediate activations of every layer are kept for the backward pass"}, {"key": "d", "text": "The loss function keeps a copy of the entire training set in memory during training"}]'::jsonb,
 '{"choice": "c"}'::jsonb,
 'The backward pass needs the forward activations to compute local derivatives (for a linear layer, dL/dW = upstream gradient × input activation), so training keeps them for every layer until the backward pass, on top of the gradients and the optimizer state (Adam stores two extra values per parameter). Inference can discard each activation once the next layer has used it. The weights are not copied per layer, frameworks default to float32 in both modes, and the loss only sees the current batch.',
 -1.1, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:backpropagation-8')::uuid, 'backpropagation');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:backpropagation-9')::uuid,
 'A PyTorch training loop reads:

for x, y in loader:
    loss = loss_fn(model(x), y)
    loss.backward()
    optimizer.step()

The loss behaves erratically and diverges after a few hundred steps. What is missing?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "A call to optimizer.zero_grad() in each iteration, because .grad keeps accumulating"}, {"key": "b", "text": "optimizer.step() has to come before loss.backward(), otherwise each update uses stale gradients"}, {"key": "c", "text": "loss.backward() should be called once per epoch, so that the gradients are averaged over batches"}, {"key": "d", "text": "model.eval() before backward(), so that dropout does not randomize the gradients of the batch"}]'::jsonb,
 '{"choice": "a"}'::jsonb,
 'backward() adds to .grad, so without zeroing, each step uses the sum of the gradients of all previous batches: the effective step grows with every iteration and training diverges. Calling optimizer.zero_grad() (or model.zero_grad()) before backward() in every iteration fixes it. step() must come after backward(), because it uses the gradients just computed; one backward per epoch would be full-batch accumulation with a single update, not this loop; and eval() mode is for inference, not for computing training gradients.',
 -0.4, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:backpropagation-9')::uuid, 'backpropagation');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:backpropagation-10')::uuid,
 'A 3-class classifier outputs the logits z = (2, 1, 0), followed by softmax and the cross-entropy loss, and the true class is the first one. What is ∂L/∂z₁, the gradient with respect to the first logit? Round to three decimals.',
 'NUMERIC',
 null,
 '{"value": -0.335, "tolerance": 0.0005}'::jsonb,
 'For softmax followed by cross-entropy, the gradient with respect to the logits is p − y, with p the softmax probabilities and y the one-hot label. Here p = (e², e¹, e⁰) / (e² + e¹ + 1) = (0.665, 0.245, 0.090), so ∂L/∂z₁ = 0.665 − 1 = −0.335 (negative: raising the true logit lowers the loss), and the other two gradients are 0.245 and 0.090. This simple form is why frameworks fuse softmax and cross-entropy into one operation.',
 -0.2, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:backpropagation-10')::uuid, 'backpropagation');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:backpropagation-11')::uuid,
 'Which statements about reverse-mode automatic differentiation (backpropagation) are correct? Select all that apply.',
 'MULTIPLE_CHOICE',
 '[{"key": "a", "text": "For a scalar loss, one backward pass gives the partial derivatives for all parameters at a cost of a small constant times the forward pass."}, {"key": "b", "text": "Forward-mode differentiation would need about one pass per parameter to obtain the full gradient of a scalar loss."}, {"key": "c", "text": "Backpropagation estimates gradients with finite differences, perturbing each weight in turn."}, {"key": "d", "text": "Its memory use grows with the depth of the network, because the forward activations are stored."}, {"key": "e", "text": "Gradient checkpointing stores only some activations and recomputes the others during the backward pass, trading compute for memory."}, {"key": "f", "text": "It gives the full Hessian of the loss at no extra cost beyond the gradient."}]'::jsonb,
 '{"choices": ["a", "b", "d", "e"]}'::jsonb,
 'Reverse mode propagates one adjoint per node from the single output back to all inputs, so the whole gradient costs a small multiple of a forward pass, whereas forward mode propagates derivatives with respect to one input direction at a time. Storing activations makes memory grow with depth, and checkpointing recomputes segments to save memory. Backpropagation is exact (up to floating point), unlike finite differences, and second derivatives need extra passes (Hessian-vector products); the full Hessian of a model with millions of parameters is far too large to form.',
 1.1, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:backpropagation-11')::uuid, 'backpropagation');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:backpropagation-12')::uuid,
 'A model is trained with

h = model.encoder(x)
loss = criterion(model.head(h.detach()), y)
loss.backward()
optimizer.step()

where the optimizer holds all of the model''s parameters. After training, the head has learned but the encoder''s weights have not changed at all. Why?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "detach() returns a tensor cut from the graph, so no gradient flows back into the encoder"}, {"key": "b", "text": "backward() only reaches the last module used in the forward pass, which is the head here"}, {"key": "c", "text": "The encoder''s parameters have requires_grad=False by default until they are unfrozen"}, {"key": "d", "text": "criterion returns a plain Python float, so only the head''s parameters receive gradients"}]'::jsonb,
 '{"choice": "a"}'::jsonb,
 'h.detach() shares the data of h but has no autograd history, so the backward pass stops there: the head''s parameters get gradients, the encoder''s .grad stays None and the optimizer skips them. This is the standard way to freeze a feature extractor or to stop gradients in target networks. backward() follows the whole recorded graph, not just the last module; parameters of nn.Module layers require gradients by default; and a loss that was a Python float could not be backpropagated at all, including into the head.',
 1.4, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:backpropagation-12')::uuid, 'backpropagation');

-- ====================================================================== bag-of-words-tfidf
-- bag-of-words-tfidf-1: key was the longest option by far; distractors made as specific
update item set choices = '[{"key": "a", "text": "It boosts terms that occur in many documents, since widespread terms are the most reliable signals"}, {"key": "b", "text": "It counts how often a term occurs in the current document, relative to that document''s length"}, {"key": "c", "text": "It down-weights terms that occur in many documents, so words such as ''the'' count for little"}, {"key": "d", "text": "It rescales each document vector to unit length, so that long and short documents compare fairly"}]'::jsonb, version = version + 1, updated_at = now()
 where id = md5('learnpath-seed-item:bag-of-words-tfidf-1')::uuid;
-- bag-of-words-tfidf-4: only the key repeated the stem word "TfidfVectorizer"; a distractor names the vectorizer too
update item set choices = '[{"key": "a", "text": "max_df=0.9 drops terms that appear in more than 90% of the documents."}, {"key": "b", "text": "A bag-of-words representation preserves word order."}, {"key": "c", "text": "By default, TfidfVectorizer L2-normalizes each document vector."}, {"key": "d", "text": "min_df=5 drops terms that appear in fewer than 5 documents."}, {"key": "e", "text": "In CountVectorizer and TfidfVectorizer, min_df counts the total occurrences of a term across the corpus rather than documents."}]'::jsonb, version = version + 1, updated_at = now()
 where id = md5('learnpath-seed-item:bag-of-words-tfidf-4')::uuid;
-- bag-of-words-tfidf-5: key was the longest option by far; distractors made as specific
update item set choices = '[{"key": "a", "text": "Convert the matrix to a dense array and train an RBF-kernel SVM, which captures word interactions"}, {"key": "b", "text": "Logistic regression (or a linear SVM) trained directly on the sparse TF-IDF matrix"}, {"key": "c", "text": "k-NN with Euclidean distance on the raw count vectors, which needs no training step at all"}, {"key": "d", "text": "A single deep decision tree on the dense matrix, whose splits are easy to explain to users"}]'::jsonb, version = version + 1, updated_at = now()
 where id = md5('learnpath-seed-item:bag-of-words-tfidf-5')::uuid;
-- bag-of-words-tfidf-6: key was the longest option by far and absolute words appeared only in distractors; options rebalanced
update item set choices = '[{"key": "a", "text": "Nothing: TF-IDF ignores the labels, so fitting it on all the reviews leaves the cross-validation scores unbiased"}, {"key": "b", "text": "The sparse TF-IDF matrix has to be converted to a dense array before scikit-learn can split it into folds"}, {"key": "c", "text": "TF-IDF should be refitted on each validation fold, so that its IDF matches the documents being scored"}, {"key": "d", "text": "Vocabulary and IDF were learned partly from the validation folds; refit the vectorizer in each fold via a Pipeline"}]'::jsonb, explanation = 'Even an unsupervised transformer learns statistics from the data it is fitted on: here the vocabulary (including terms that occur only in validation documents, and min_df/max_df decisions) and the IDF values saw the held-out folds, so the scores are optimistic although no label was used. Wrapping TfidfVectorizer and the model in a Pipeline passed to cross_val_score refits the vectorizer on each training fold only. scikit-learn''s cross-validation handles sparse matrices directly, and fitting the vectorizer on the validation fold would be leakage of another kind.', version = version + 1, updated_at = now()
 where id = md5('learnpath-seed-item:bag-of-words-tfidf-6')::uuid;
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:bag-of-words-tfidf-7')::uuid,
 'CountVectorizer.fit_transform on 10,000 documents returns a 10,000 × 50,000 matrix in which almost every entry is 0. In what kind of matrix does scikit-learn store it, instead of a dense NumPy array? Name the kind (or its SciPy format).',
 'SHORT_TEXT',
 null,
 '{"accepted": ["sparse", "sparse matrix", "a sparse matrix", "scipy sparse matrix", "scipy sparse", "scipy.sparse", "csr", "csr matrix", "csr_matrix", "scipy.sparse.csr_matrix", "compressed sparse row", "compressed sparse row matrix"]}'::jsonb,
 'fit_transform returns a SciPy sparse matrix in CSR (compressed sparse row) format, which stores only the non-zero counts with their column indices (checked: type scipy.sparse.csr_matrix). A dense float64 copy of 10,000 × 50,000 entries would need 4 GB, while a document that uses 100 distinct words needs only about 100 stored entries. Linear models in scikit-learn train on CSR matrices directly.',
 -1.3, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:bag-of-words-tfidf-7')::uuid, 'bag-of-words-tfidf');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:bag-of-words-tfidf-8')::uuid,
 'You build a sentiment classifier on movie reviews with CountVectorizer(stop_words=''english''). Reviews such as ''not good'' and ''good'' end up with the same features. Why?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "Bigrams are needed for any negation, and the default ngram_range=(1, 1) only keeps single words"}, {"key": "b", "text": "The built-in English stop-word list contains negations such as ''not'', ''no'' and ''nor''"}, {"key": "c", "text": "CountVectorizer lower-cases every token, which merges ''not'' into the following word"}, {"key": "d", "text": "Words shorter than four letters are dropped by the default token pattern of CountVectorizer"}]'::jsonb,
 '{"choice": "b"}'::jsonb,
 'scikit-learn''s ENGLISH_STOP_WORDS includes ''not'', ''no'' and ''nor'' (checked in Python), so stop-word removal deletes exactly the words that flip sentiment, and ''not good'' becomes ''good''. For sentiment, keep negations (a custom stop-word list or none) and consider bigrams. Unigrams alone would still keep ''not'' as its own feature if it were not removed; lower-casing does not merge tokens; and the default token pattern drops only single-character tokens.',
 -1.1, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:bag-of-words-tfidf-8')::uuid, 'bag-of-words-tfidf');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:bag-of-words-tfidf-9')::uuid,
 'Over the vocabulary [apple, car, red], the document ''red apple'' has the count vector (1, 0, 1) and ''red red car'' has (0, 1, 2). What is the cosine similarity of the two vectors? Round to three decimals.',
 'NUMERIC',
 null,
 '{"value": 0.632, "tolerance": 0.0005}'::jsonb,
 'The dot product is 1·0 + 0·1 + 1·2 = 2, the norms are √2 and √5, so the cosine is 2 / √10 ≈ 0.632. Cosine similarity compares directions, not lengths, so repeating a document''s words does not change it, which is why it is the usual similarity for bag-of-words and TF-IDF vectors (after L2 normalization it is just the dot product).',
 -0.5, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:bag-of-words-tfidf-9')::uuid, 'bag-of-words-tfidf');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:bag-of-words-tfidf-10')::uuid,
 'What does this code print?

cv = CountVectorizer()
cv.fit([''The cat sat'', ''the dog''])
print(cv.transform([''a cat and a bird'']).toarray())',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "[[1 0 0 0]]"}, {"key": "b", "text": "[[0 1 0 0]]"}, {"key": "c", "text": "[[1 0 0 0 1 1]]"}, {"key": "d", "text": "A KeyError, because ''and'' and ''bird'' are not in the vocabulary"}]'::jsonb,
 '{"choice": "a"}'::jsonb,
 'Fitting lower-cases the text and builds the vocabulary in alphabetical order: cat, dog, sat, the (columns 0–3). At transform time, words that are not in the vocabulary (''and'', ''bird'') are silently ignored, and ''a'' is dropped by the default token pattern, which keeps only tokens of two or more characters; so only ''cat'' is counted: [[1 0 0 0]] (checked by running it). [[0 1 0 0]] assumes first-seen order (the, cat, ...), and the vocabulary never grows after fit, so no new columns appear and no error is raised.',
 -0.3, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:bag-of-words-tfidf-10')::uuid, 'bag-of-words-tfidf');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:bag-of-words-tfidf-11')::uuid,
 'You replace CountVectorizer with HashingVectorizer(n_features=2**20) for a stream of documents. Which statements are correct? Select all that apply.',
 'MULTIPLE_CHOICE',
 '[{"key": "a", "text": "It needs no fitted vocabulary, so it can process a stream or run in parallel workers without a shared dictionary."}, {"key": "b", "text": "You can map a column index back to its term to explain a model''s top coefficients."}, {"key": "c", "text": "It learns IDF weights during fit, so no TfidfTransformer is needed afterwards."}, {"key": "d", "text": "It removes English stop words by default, unlike CountVectorizer."}, {"key": "e", "text": "The number of output columns is fixed by n_features, whatever the corpus contains."}]'::jsonb,
 '{"choices": ["a", "e"]}'::jsonb,
 'HashingVectorizer is stateless: each token is hashed to one of n_features columns, so there is no vocabulary to fit or share and the width is fixed in advance. The price is that the hash is one-way (and different terms can collide in one column), so coefficients cannot be traced back to terms. It computes no IDF (pair it with TfidfTransformer if needed), and like CountVectorizer it removes stop words only when stop_words is set.',
 1.1, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:bag-of-words-tfidf-11')::uuid, 'bag-of-words-tfidf');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:bag-of-words-tfidf-12')::uuid,
 'On 200,000 short reviews, switching TfidfVectorizer from ngram_range=(1, 1) to (1, 3) grows the vocabulary from 60,000 to about 4 million terms, and validation F1 of your logistic regression drops. What is the most likely explanation and fix?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "Most new trigrams occur once or twice and add noisy dimensions; prune them with min_df or max_features"}, {"key": "b", "text": "The larger vocabulary breaks L2 normalization, so document vectors no longer have unit length; re-normalize"}, {"key": "c", "text": "Higher-order n-grams repeat the unigram counts, so the model double-counts evidence; drop the unigrams"}, {"key": "d", "text": "Trigrams encode word order, which a bag-of-words classifier is unable to use; go back to unigrams"}]'::jsonb,
 '{"choice": "a"}'::jsonb,
 'The number of distinct n-grams explodes while most of them are too rare to estimate reliable weights, so the model fits noise; a document-frequency floor such as min_df=3 to 5 (or max_features) keeps the informative bigrams and trigrams and usually restores or improves F1, with stronger regularization as a second lever. Normalization is applied per document whatever the vocabulary size; overlapping unigram and n-gram features are standard and regularized models handle them; and local word order captured by n-grams (''not good'') is exactly what a linear model can use.',
 1.4, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:bag-of-words-tfidf-12')::uuid, 'bag-of-words-tfidf');

-- ====================================================================== convolutional-networks
-- convolutional-networks-1: key was the longest option by far; distractors made as specific
update item set choices = '[{"key": "a", "text": "Each output position has its own kernel, and these kernels are shared between the RGB channels"}, {"key": "b", "text": "Consecutive layers reuse the same kernel weights, so a deep network needs very few parameters"}, {"key": "c", "text": "The same small kernel is applied at every position, so its weights are reused across the image"}, {"key": "d", "text": "The weights are copied from a network pretrained on ImageNet and shared with the new task"}]'::jsonb, explanation = 'A convolutional filter slides over the image and applies the same weights at every location, so a layer needs only kernel-size × channels parameters per filter and detects a pattern wherever it appears (translation equivariance). A separate kernel per position would be a locally connected layer, kernels span all input channels with separate weights per channel, layers do not share weights with each other, and copying pretrained weights is transfer learning, not weight sharing.', version = version + 1, updated_at = now()
 where id = md5('learnpath-seed-item:convolutional-networks-1')::uuid;
-- convolutional-networks-4: key was the longest option by far and the only one echoing the stem ("residual", "layers"); options rebalanced
update item set choices = '[{"key": "a", "text": "They remove the need for non-linear activations, so the signal passes through the layers unchanged"}, {"key": "b", "text": "They halve the number of parameters, so 100 layers cost as much to train as 50 plain layers"}, {"key": "c", "text": "They replace backpropagation through the deep layers with a closed-form solution for each block"}, {"key": "d", "text": "The identity path carries gradients straight to early layers, and each block learns only a correction"}]'::jsonb, version = version + 1, updated_at = now()
 where id = md5('learnpath-seed-item:convolutional-networks-4')::uuid;
-- convolutional-networks-6: key was the longest option by far; distractors made as specific
update item set choices = '[{"key": "a", "text": "A 5 × 5 receptive field with 18C² instead of 25C² weights, plus an extra non-linearity"}, {"key": "b", "text": "A 3 × 3 receptive field, since stacking does not widen the view, but with more weights"}, {"key": "c", "text": "A 7 × 7 receptive field with the same number of weights and one extra non-linearity"}, {"key": "d", "text": "The same 5 × 5 receptive field with exactly the same number of weights, 25C², as before"}]'::jsonb, explanation = 'Each 3 × 3 layer extends the receptive field by 2 pixels, so two of them see 5 × 5 inputs, while using 2 · 9C² = 18C² weights versus 25C² for one 5 × 5 layer; the activation between them also adds non-linearity. The receptive field grows by kernel size − 1 per stride-1 layer, so it is neither 3 × 3 nor 7 × 7 (7 × 7 needs three stacked 3 × 3 layers), and the parameter counts clearly differ.', version = version + 1, updated_at = now()
 where id = md5('learnpath-seed-item:convolutional-networks-6')::uuid;
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:convolutional-networks-7')::uuid,
 'A feature map of shape 32 × 32 × 64 (height × width × channels) goes through 2 × 2 max pooling with stride 2. What is the output shape?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "16 × 16 × 64"}, {"key": "b", "text": "16 × 16 × 32"}, {"key": "c", "text": "31 × 31 × 64"}, {"key": "d", "text": "32 × 32 × 16"}]'::jsonb,
 '{"choice": "a"}'::jsonb,
 'Max pooling works on each channel separately, taking the maximum of every non-overlapping 2 × 2 window, so height and width halve (32 → 16) and the 64 channels are unchanged. Halving the channels too would require a convolution, 31 × 31 would be stride 1, and pooling never reduces the channel count to trade for spatial size.',
 -1.5, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:convolutional-networks-7')::uuid, 'convolutional-networks');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:convolutional-networks-8')::uuid,
 'What is the name for the region of the input image that can influence the value of one unit in a deeper feature map of a CNN?',
 'SHORT_TEXT',
 null,
 '{"accepted": ["receptive field", "the receptive field", "receptive-field", "receptive fields", "effective receptive field"]}'::jsonb,
 'The receptive field of a unit is the input region it depends on. It grows with each layer (by kernel size − 1 per stride-1 layer, and faster after strides and pooling), which is how deep CNNs combine local edges into large objects.',
 -1.2, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:convolutional-networks-8')::uuid, 'convolutional-networks');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:convolutional-networks-9')::uuid,
 'A 3-channel 32 × 32 image goes through nn.Conv2d(3, 16, kernel_size=5) with stride 1 and no padding. How many numbers does the output feature map contain for one image? Answer with a whole number.',
 'NUMERIC',
 null,
 '{"value": 12544, "tolerance": 0}'::jsonb,
 'Without padding, the output width is (32 − 5)/1 + 1 = 28, so each of the 16 filters produces a 28 × 28 map: 16 × 28 × 28 = 12,544 values. The 3 input channels are summed inside each filter, so they do not multiply the output size, and the number of weights (16 × 3 × 5 × 5 + 16 = 1,216) is a different quantity.',
 -0.5, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:convolutional-networks-9')::uuid, 'convolutional-networks');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:convolutional-networks-10')::uuid,
 'Inception and ResNet bottleneck blocks use 1 × 1 convolutions. What does a 1 × 1 convolution do?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "It copies each pixel to the output unchanged, so it only serves as a placeholder layer"}, {"key": "b", "text": "It mixes the channels at each position, e.g. to reduce 256 channels to 64 cheaply"}, {"key": "c", "text": "It blurs each channel slightly, removing pixel noise before the next pooling layer"}, {"key": "d", "text": "It doubles the height and width of the feature map, undoing an earlier pooling step"}]'::jsonb,
 '{"choice": "b"}'::jsonb,
 'A 1 × 1 convolution computes, at every spatial position, a learned linear combination of all input channels (followed by a non-linearity), so it changes the number of channels without looking at neighbours; bottlenecks use it to shrink 256 channels to 64 before an expensive 3 × 3 convolution. It is not an identity (it has C_in × C_out learned weights), a 1 × 1 window cannot blur across pixels, and upsampling needs transposed convolutions or interpolation.',
 -0.3, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:convolutional-networks-10')::uuid, 'convolutional-networks');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:convolutional-networks-11')::uuid,
 'Which of these PyTorch layers, applied to a 224 × 224 feature map, output the same height and width (224 × 224)? Select all that apply.',
 'MULTIPLE_CHOICE',
 '[{"key": "a", "text": "nn.Conv2d(64, 64, kernel_size=3, stride=1, padding=1)"}, {"key": "b", "text": "nn.Conv2d(64, 64, kernel_size=3, stride=1, padding=0)"}, {"key": "c", "text": "nn.MaxPool2d(kernel_size=2)"}, {"key": "d", "text": "nn.Conv2d(64, 64, kernel_size=5, stride=1, padding=2)"}, {"key": "e", "text": "nn.Conv2d(64, 64, kernel_size=3, stride=2, padding=1)"}]'::jsonb,
 '{"choices": ["a", "d"]}'::jsonb,
 'With output = floor((W + 2P − K)/S) + 1: kernel 3 with padding 1 and kernel 5 with padding 2 give (224 + 2 − 3) + 1 = 224 and (224 + 4 − 5) + 1 = 224 ("same" padding, P = (K − 1)/2 at stride 1). Without padding a 3 × 3 kernel gives 222; MaxPool2d(2) has stride 2 by default and gives 112; and stride 2 with padding 1 gives floor(223/2) + 1 = 112.',
 1.0, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:convolutional-networks-11')::uuid, 'convolutional-networks');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:convolutional-networks-12')::uuid,
 'A CNN trained on 224 × 224 images ends with x = x.flatten(1) followed by nn.Linear(512 * 7 * 7, 10). At inference on 320 × 320 images it fails with a shape-mismatch error. What is the cause and the usual fix?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "The convolution kernels depend on the image size, so they need retraining at 320 × 320"}, {"key": "b", "text": "BatchNorm statistics were computed on 224 × 224 images, so the larger input overflows them"}, {"key": "c", "text": "The flattened size depends on the input size; add global average pooling before the head"}, {"key": "d", "text": "Convolutions accept only the input size they were trained on, so every image has to be resized"}]'::jsonb,
 '{"choice": "c"}'::jsonb,
 'With a total stride of 32, a 320 × 320 input gives a 10 × 10 × 512 map, and flattening it yields 51,200 values instead of the 25,088 the linear layer expects. Global average pooling (nn.AdaptiveAvgPool2d(1)) reduces any spatial size to 1 × 1 × 512, so the head works for any input size, as in ResNet. Convolution weights do not depend on the image size (only the output map does), BatchNorm normalizes per channel whatever the size, and resizing is an option, not a requirement.',
 1.4, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:convolutional-networks-12')::uuid, 'convolutional-networks');

-- ====================================================================== customer-segmentation
-- customer-segmentation-3: the key was the longest option (by one character); a distractor now counts rows on another column
update item set choices = '[{"key": "a", "text": "df.groupby(''customer_id'').agg(recency=(''order_date'', lambda s: (ref - s.max()).days), frequency=(''order_id'', ''nunique''), monetary=(''amount'', ''sum''))"}, {"key": "b", "text": "df.groupby(''customer_id'').agg(recency=(''order_date'', lambda s: (ref - s.min()).days), frequency=(''order_date'', ''count''), monetary=(''amount'', ''mean''))"}, {"key": "c", "text": "df.groupby(''customer_id'').agg(recency=(''order_date'', lambda s: (ref - s.max()).days), frequency=(''order_id'', ''count''), monetary=(''amount'', ''sum''))"}, {"key": "d", "text": "df.groupby(''order_id'').agg(recency=(''order_date'', ''max''), frequency=(''customer_id'', ''nunique''), monetary=(''amount'', ''sum''))"}]'::jsonb, version = version + 1, updated_at = now()
 where id = md5('learnpath-seed-item:customer-segmentation-3')::uuid;
-- customer-segmentation-1: distractors were invented expansions nobody picks; replaced with near-miss expansions a half-knowing learner confuses
update item set choices = '[{"key": "a", "text": "Retention, Frequency, Monetary value"}, {"key": "b", "text": "Recency, Frequency, Monetary value"}, {"key": "c", "text": "Recency, Frequency, Margin per order"}, {"key": "d", "text": "Reach, Frequency, Monetization"}]'::jsonb, explanation = 'RFM summarizes each customer''s purchase behaviour in three features: Recency (time since the last purchase), Frequency (number of purchases) and Monetary value (total or average spend). Retention is an outcome that segments help to improve, not one of the inputs; margin is sometimes added in profit-based variants but the M is spend; and reach and monetization are advertising and product metrics, not per-customer purchase features.', version = version + 1, updated_at = now()
 where id = md5('learnpath-seed-item:customer-segmentation-1')::uuid;
-- customer-segmentation-4: key was the longest option by far; distractors made as specific
update item set choices = '[{"key": "a", "text": "None: k-means is scale-invariant, since it compares points only through the cluster means"}, {"key": "b", "text": "Standardize only, since z-scoring also removes the skew from the monetary column"}, {"key": "c", "text": "Drop the monetary feature, since a few extreme spenders would dominate the clusters"}, {"key": "d", "text": "Apply log1p to the skewed features, then standardize all three before clustering"}]'::jsonb, explanation = 'k-means minimizes squared Euclidean distances, so without transformation a handful of extreme spenders dominate the variance and end up in their own clusters while everyone else is lumped together; log1p compresses the long tail and standardization puts R, F and M on comparable scales. k-means is not scale-invariant (distances change with units), standardization only shifts and rescales and leaves the skew unchanged, and dropping monetary value throws away one of the three key dimensions instead of taming it.', version = version + 1, updated_at = now()
 where id = md5('learnpath-seed-item:customer-segmentation-4')::uuid;
-- customer-segmentation-6: key was the longest option by far; distractors made as specific
update item set choices = '[{"key": "a", "text": "''At-risk (lapsed high-value) customers'': run a win-back campaign and ask why they left"}, {"key": "b", "text": "''Champions'': reward them with a loyalty programme, as the most frequent and biggest spenders"}, {"key": "c", "text": "''New customers'': send an onboarding series, since their purchase history is still short"}, {"key": "d", "text": "''Low-value occasional buyers'': leave them out of campaigns, since they rarely purchase"}]'::jsonb, version = version + 1, updated_at = now()
 where id = md5('learnpath-seed-item:customer-segmentation-6')::uuid;
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:customer-segmentation-7')::uuid,
 'Customers are scored 1 to 5 on each of R, F and M by quintile, with 5 the best score. What describes a customer scored R = 5, F = 5, M = 5?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "Bought very recently, buys often and spends the most"}, {"key": "b", "text": "Has gone the longest without buying, but used to buy often and spend a lot"}, {"key": "c", "text": "Ranks in the top 5% of all customers on each of the three measures"}, {"key": "d", "text": "Belongs to the fifth k-means cluster, the one with the largest centroid"}]'::jsonb,
 '{"choice": "a"}'::jsonb,
 'In RFM scoring the best quintile gets 5: for recency that is the shortest time since the last purchase, for frequency the most purchases and for monetary the highest spend, so 5-5-5 marks the most valuable, engaged customers ("champions"). Reading R = 5 as the longest gap reverses the recency scale, quintiles are top 20% bands rather than top 5%, and scores are ranks, not cluster numbers.',
 -1.5, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:customer-segmentation-7')::uuid, 'customer-segmentation');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:customer-segmentation-8')::uuid,
 'Which metric estimates the total net revenue (or profit) a customer will bring over the whole relationship with the company, and is often used to decide how much to spend on keeping each segment? Give its name or abbreviation.',
 'SHORT_TEXT',
 null,
 '{"accepted": ["customer lifetime value", "lifetime value", "CLV", "CLTV", "LTV", "customer lifetime value (CLV)", "CLV (customer lifetime value)", "lifetime customer value"]}'::jsonb,
 'Customer lifetime value (CLV, CLTV or LTV) projects a customer''s future margin over the expected relationship, often from RFM-style history with models such as BG/NBD plus Gamma-Gamma. Comparing CLV with acquisition and retention costs tells the business which segments are worth a win-back or loyalty budget.',
 -1.2, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:customer-segmentation-8')::uuid, 'customer-segmentation');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:customer-segmentation-9')::uuid,
 'An RFM script scores recency with pd.qcut(rfm[''recency''], 5, labels=[5, 4, 3, 2, 1]) but frequency with labels=[1, 2, 3, 4, 5]. Why is the label order reversed for recency?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "qcut sorts the values in descending order, so labels are listed from high to low"}, {"key": "b", "text": "Low recency (few days since the last purchase) is good, so the lowest bin scores top"}, {"key": "c", "text": "Recency is stored in negative days, so the order of its bins is flipped relative to frequency"}, {"key": "d", "text": "Label order makes no difference, because qcut reassigns the labels by the size of each bin"}]'::jsonb,
 '{"choice": "b"}'::jsonb,
 'qcut sorts values in ascending order and gives the first label to the lowest-value bin. For recency, measured in days since the last purchase, the lowest values are the best customers, so the labels run 5 to 1; for frequency and monetary value higher is better, so they run 1 to 5 (checked with pandas: the most recent customers get label 5). Recency is a positive day count, and labels are applied in bin order, not by bin size.',
 -0.6, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:customer-segmentation-9')::uuid, 'customer-segmentation');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:customer-segmentation-10')::uuid,
 'pd.qcut(rfm[''frequency''], 5, labels=[1, 2, 3, 4, 5]) raises ValueError: Bin edges must be unique. Sixty percent of customers have exactly one order. What is going on, and what is a sound fix?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "frequency is an integer column and qcut accepts float input only; cast it with astype(float) first"}, {"key": "b", "text": "The labels have to be strings such as ''1'' to ''5'', since integers clash with the bin edges"}, {"key": "c", "text": "qcut needs its input sorted first; call sort_values() on the column before binning it"}, {"key": "d", "text": "Ties make several quintile edges equal; rank first, e.g. rank(method=''first''), or use fewer bins"}]'::jsonb,
 '{"choice": "d"}'::jsonb,
 'With 60% of the values equal to 1, the 20%, 40% and 60% quantiles are all 1, so the bin edges repeat and qcut refuses (checked with pandas). Breaking ties by ranking (rank(method=''first'')) before qcut, using fewer bins or fixed business thresholds, or passing duplicates=''drop'' (which then needs fewer labels) resolves it. qcut works on integer data, integer labels are fine, and it does not need sorted input.',
 -0.2, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:customer-segmentation-10')::uuid, 'customer-segmentation');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:customer-segmentation-11')::uuid,
 'Segments were built with k-means on 2023 data and drive 2024 marketing campaigns. Which practices are sound? Select all that apply.',
 'MULTIPLE_CHOICE',
 '[{"key": "a", "text": "Assign new customers with the stored scaler and fitted model (transform, then predict) rather than by refitting."}, {"key": "b", "text": "Refit k-means from scratch every month and keep the campaign rules tied to the cluster numbers."}, {"key": "c", "text": "Track segment sizes and profiles over time to detect drift in customer behaviour."}, {"key": "d", "text": "Measure a campaign''s effect per segment against a randomly held-out control group."}, {"key": "e", "text": "Use the cluster labels as ground truth and report the clustering''s accuracy on them."}, {"key": "f", "text": "Store the feature definitions and transformations (e.g. log1p, scaling) together with the model."}]'::jsonb,
 '{"choices": ["a", "c", "d", "f"]}'::jsonb,
 'Applying the saved preprocessing and model keeps assignments consistent with the segment definitions, monitoring sizes and profiles reveals drift that calls for a deliberate re-segmentation, a random holdout per segment is the only way to measure the campaign''s causal effect, and storing the transformations makes scores reproducible. Refitting k-means permutes the arbitrary cluster numbers, so rules tied to numbers silently target the wrong customers, and cluster labels are the model''s own output, so "accuracy" against them measures nothing.',
 1.1, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:customer-segmentation-11')::uuid, 'customer-segmentation');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:customer-segmentation-12')::uuid,
 'Besides standardized R, F and M, a colleague adds preferred channel (web, app, store) to k-means by encoding it as 0, 1, 2 and standardizing it. What is wrong?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "Nothing: after standardization the codes are continuous, so the distances between them are meaningful"}, {"key": "b", "text": "It imposes a fake order and spacing on the channels; one-hot encode them or use k-prototypes"}, {"key": "c", "text": "k-means rejects integer-coded columns, so the fit fails until channel is converted to a float column"}, {"key": "d", "text": "Label encoding is fine once the categories are sorted alphabetically before the codes are assigned"}]'::jsonb,
 '{"choice": "b"}'::jsonb,
 'k-means uses Euclidean distances, so codes 0, 1, 2 claim that app lies between web and store and that web and store differ twice as much as web and app, an order that does not exist. One-hot encoding (weighted so it does not swamp R, F and M) or a method for mixed data such as k-prototypes or Gower distance with hierarchical clustering avoids it. Standardizing rescales the fake order without removing it, k-means accepts integer columns (it would silently accept them), and alphabetical order is just as arbitrary.',
 1.4, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:customer-segmentation-12')::uuid, 'customer-segmentation');

-- ====================================================================== exploration-exploitation
-- exploration-exploitation-1: stem named both halves of the key ("exploration-exploitation"); reworded as a scenario and options rebalanced
update item set stem = 'A news site always shows the article with the best click rate so far, so it never gathers the data that would reveal whether another article is better. Which trade-off has the site resolved entirely on one side?', choices = '[{"key": "a", "text": "Bias versus variance"}, {"key": "b", "text": "Exploration versus exploitation"}, {"key": "c", "text": "Precision versus recall"}, {"key": "d", "text": "Popularity versus personalization"}]'::jsonb, explanation = 'Always showing the current best is pure exploitation: without trying other articles (exploration) the site cannot correct a wrong early estimate, which is the exploration-exploitation dilemma that bandit strategies such as ε-greedy, UCB and Thompson sampling balance. Bias versus variance concerns model complexity, precision versus recall concerns a classification threshold, and popularity versus personalization is a design choice of a recommender, not the lack of information gathering described here.', version = version + 1, updated_at = now()
 where id = md5('learnpath-seed-item:exploration-exploitation-1')::uuid;
-- exploration-exploitation-3: key was the longest option by far and a distractor used "never"; options rebalanced
update item set choices = '[{"key": "a", "text": "The agent does not explore at all, because a purely greedy agent only pulls its top arm"}, {"key": "b", "text": "The estimates grow without bound, because every reward is added to the optimistic start"}, {"key": "c", "text": "The agent keeps pulling whichever arm it tried first, since all arms start tied at 5"}, {"key": "d", "text": "Each arm tried returns less than 5, so its estimate drops below the untried arms and all get tried"}]'::jsonb, explanation = 'Optimistic initial values make every arm look better than any real reward, so whichever arm the greedy agent pulls ''disappoints'' and drops below the untried ones, and the agent cycles through all arms before settling. A greedy agent explores here because of the optimism, the estimates move towards the observed rewards rather than growing, and the first arm tried is the one that loses its lead first. The exploration is temporary, though, which is why optimism is a poor fit for nonstationary problems.', version = version + 1, updated_at = now()
 where id = md5('learnpath-seed-item:exploration-exploitation-3')::uuid;
-- exploration-exploitation-6: key was the longest option by far; distractors made as specific
update item set choices = '[{"key": "a", "text": "Use a constant step size α, Q ← Q + α(R − Q), so recent rewards weigh more, and keep exploring"}, {"key": "b", "text": "Set ε = 0, so that every impression goes to the current best variant and no clicks are wasted"}, {"key": "c", "text": "Raise the optimistic initial values, so that the agent keeps revisiting every variant later on"}, {"key": "d", "text": "Reduce the number of variants, so that each arm gets more pulls and its average settles sooner"}]'::jsonb, version = version + 1, updated_at = now()
 where id = md5('learnpath-seed-item:exploration-exploitation-6')::uuid;
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:exploration-exploitation-7')::uuid,
 'An ε-greedy agent uses ε = 0.2. What does it do on a step where it explores (which happens with probability 0.2)?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "It pulls an arm chosen uniformly at random"}, {"key": "b", "text": "It pulls the arm with the lowest current estimate"}, {"key": "c", "text": "It pulls the second-best arm by current estimate"}, {"key": "d", "text": "It pauses and re-estimates every arm''s value"}]'::jsonb,
 '{"choice": "a"}'::jsonb,
 'With probability ε the agent picks an arm uniformly at random (which may even be the greedy arm), and otherwise it picks the arm with the highest estimate. Exploration in ε-greedy is undirected: it does not target the worst or the second-best arm (UCB and Thompson sampling direct exploration towards uncertain arms), and estimates are updated after every pull, not in separate pauses.',
 -1.5, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:exploration-exploitation-7')::uuid, 'exploration-exploitation');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:exploration-exploitation-8')::uuid,
 'A classic A/B test splits traffic 50/50 for a fixed period. Which family of adaptive methods, named after a row of slot machines in a casino, shifts traffic towards the better-performing variant while the test is still running? Give its name.',
 'SHORT_TEXT',
 null,
 '{"accepted": ["multi-armed bandit", "multi-armed bandits", "multi armed bandit", "multiarmed bandit", "bandit", "bandits", "bandit algorithms", "MAB"]}'::jsonb,
 'Multi-armed bandits treat each variant as an arm and update the allocation as results arrive (ε-greedy, UCB, Thompson sampling), so fewer users see the weaker variant: exploitation during the test. The trade-off is that adaptive allocation complicates classical significance testing, so a fixed A/B test remains preferable when an unbiased effect estimate is the goal.',
 -1.2, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:exploration-exploitation-8')::uuid, 'exploration-exploitation');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:exploration-exploitation-9')::uuid,
 'An arm''s sample-average estimate is Q = 0.4 after N = 4 pulls. The fifth pull returns a reward of 1. Using the incremental update Q ← Q + (1/N)(R − Q) with N = 5, what is the new estimate? Round to two decimals.',
 'NUMERIC',
 null,
 '{"value": 0.52, "tolerance": 0.005}'::jsonb,
 'Q ← 0.4 + (1/5)(1 − 0.4) = 0.4 + 0.12 = 0.52, which equals the plain average of the five rewards (4 × 0.4 + 1) / 5 = 2.6 / 5. The incremental form needs only Q and N, not the reward history; using 1/4 as the step would give 0.55 and over-weight the newest reward.',
 -0.5, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:exploration-exploitation-9')::uuid, 'exploration-exploitation');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:exploration-exploitation-10')::uuid,
 'Thompson sampling models an arm''s click probability with a Beta(1, 1) prior. The arm has been shown 4 times: 3 clicks and 1 non-click. What is its posterior?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "Beta(3, 1)"}, {"key": "b", "text": "Beta(4, 2)"}, {"key": "c", "text": "Beta(2, 4)"}, {"key": "d", "text": "Beta(4, 4)"}]'::jsonb,
 '{"choice": "b"}'::jsonb,
 'The Beta prior is conjugate to Bernoulli rewards: add the successes to α and the failures to β, so Beta(1 + 3, 1 + 1) = Beta(4, 2), with mean 4/6 ≈ 0.67. Beta(3, 1) forgets the prior''s pseudo-counts, Beta(2, 4) swaps successes and failures, and Beta(4, 4) adds all 4 trials to both parameters.',
 -0.3, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:exploration-exploitation-10')::uuid, 'exploration-exploitation');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:exploration-exploitation-11')::uuid,
 'Which statements about Thompson sampling for Bernoulli bandits are correct? Select all that apply.',
 'MULTIPLE_CHOICE',
 '[{"key": "a", "text": "Each step it draws one sample from every arm''s posterior and pulls the arm with the largest draw."}, {"key": "b", "text": "Arms with wide posteriors sometimes produce high draws, so uncertain arms keep getting explored."}, {"key": "c", "text": "It needs an exploration rate ε, tuned like ε-greedy''s, to decide when to explore."}, {"key": "d", "text": "It pulls the arms uniformly at random (sampling each equally often) until a fixed budget is spent, then commits."}, {"key": "e", "text": "Given the same history it picks the same arm every time, like UCB."}]'::jsonb,
 '{"choices": ["a", "b"]}'::jsonb,
 'Thompson sampling chooses each arm with the probability that it is the best under the current posterior, by sampling: uncertain arms have wide posteriors and occasionally win the draw, and as evidence accumulates the posteriors narrow and exploration fades by itself, without an ε. Uniform play followed by commitment is the explore-then-commit strategy, and because it samples, Thompson sampling is randomized, unlike the deterministic UCB rule.',
 0.7, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:exploration-exploitation-11')::uuid, 'exploration-exploitation');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:exploration-exploitation-12')::uuid,
 'A news site runs a bandit over articles, but the best article differs between, say, sports fans and finance readers, and the bandit converges to one article for everyone. What fits this problem better?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "A separate A/B test for each individual user, run until it reaches significance"}, {"key": "b", "text": "A larger ε, so that every user is shown a wider range of articles over time"}, {"key": "c", "text": "A contextual bandit (e.g. LinUCB) whose choice depends on the user''s features"}, {"key": "d", "text": "A classifier trained on the logged clicks, then showing its top article to all"}]'::jsonb,
 '{"choice": "c"}'::jsonb,
 'A contextual bandit learns a reward model conditioned on features of the user (and article) and explores within that model, so different users can get different best arms. Per-user A/B tests have far too little data per user, a larger ε only adds random exploration around the same single winner, and a classifier trained on clicks logged by the current policy inherits that policy''s bias and, always showing its top pick, stops exploring.',
 1.2, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:exploration-exploitation-12')::uuid, 'exploration-exploitation');

-- ====================================================================== fraud-detection
-- fraud-detection-2: key was the longest option by far; distractors made as specific
update item set choices = '[{"key": "a", "text": "The amount divided by the customer''s average over the previous 30 days, using only earlier transactions"}, {"key": "b", "text": "Whether a chargeback was later filed for the transaction, which is the strongest fraud signal there is"}, {"key": "c", "text": "The customer''s fraud rate, computed once over the entire dataset including later months, for stability"}, {"key": "d", "text": "The transaction ID, which encodes the order in which transactions arrived at the processor"}]'::jsonb, explanation = 'A ratio to the customer''s own recent average captures deviation from normal behaviour and uses only information available at decision time. A chargeback is filed after the fact and is essentially the label, so it leaks the target; a fraud rate computed over the whole dataset includes future outcomes; and a transaction ID is an arbitrary identifier whose apparent signal (e.g. through arrival order) would be an artefact of the data collection, not behaviour.', version = version + 1, updated_at = now()
 where id = md5('learnpath-seed-item:fraud-detection-2')::uuid;
-- fraud-detection-4: key was the longest option by far, a distractor used "must", and option b was a near-duplicate of an algorithmic-trading option
update item set choices = '[{"key": "a", "text": "PR-AUC is unstable under heavy imbalance; report accuracy or ROC-AUC, which are steadier, instead"}, {"key": "b", "text": "The production month was simply noisy; average PR-AUC over several more months before concluding"}, {"key": "c", "text": "Production transactions are not oversampled like the training data; apply SMOTE to them before scoring"}, {"key": "d", "text": "Shuffling lets the model learn from the future (later patterns, same cards); validate on later months"}]'::jsonb, explanation = 'Fraud patterns evolve and the same cards, merchants and fraud rings generate many correlated transactions, so shuffling puts near-duplicates and future information into training and overstates performance. Training on earlier months and validating on later ones mimics deployment. Accuracy or ROC-AUC would hide the problem rather than fix it, a drop from 0.62 to 0.35 is a systematic gap rather than noise (the validation design is the suspect), and oversampling is a training technique, not something applied to the data being scored.', version = version + 1, updated_at = now()
 where id = md5('learnpath-seed-item:fraud-detection-4')::uuid;
-- fraud-detection-5: only the key repeated the stem words; a distractor uses them too
update item set choices = '[{"key": "a", "text": "Combining a supervised classifier with an unsupervised anomaly score can help catch new fraud patterns that have no labels yet."}, {"key": "b", "text": "Oversampling with SMOTE should be applied to the full fraud dataset before the train/test split of the model."}, {"key": "c", "text": "Fraudsters adapt to the model, so patterns drift; monitor performance and retrain regularly."}, {"key": "d", "text": "Precision and recall at the investigators'' daily alert capacity are more actionable than overall accuracy."}, {"key": "e", "text": "Chargeback labels arrive weeks later, so the most recent transactions have incomplete labels that look ''legitimate''."}]'::jsonb, version = version + 1, updated_at = now()
 where id = md5('learnpath-seed-item:fraud-detection-5')::uuid;
-- fraud-detection-6: key was the longest option by far, a distractor used "always", and option a was a near-duplicate of roc-pr-curves-5 (e)
update item set choices = '[{"key": "a", "text": "Model B: its higher ROC-AUC shows that it ranks frauds above legitimate transactions more often, which is what matters"}, {"key": "b", "text": "Model A: PR-AUC reflects precision among the top-ranked alerts, while ROC-AUC is dominated by easy negatives"}, {"key": "c", "text": "Neither: both PR-AUCs are below 0.5, so both models rank frauds worse than a coin flip would"}, {"key": "d", "text": "They are equivalent: PR-AUC differences only reflect the fraud rate, which is the same for both"}]'::jsonb, explanation = 'With 0.2% positives, small differences in false-positive rate barely move ROC-AUC but translate into many false alerts at the top of the ranking, which PR-AUC captures; model A is clearly better where the alert budget operates (confirm with precision at the budget). ROC-AUC averages ranking quality over all thresholds, most of which the investigators never use, and ROC curves can cross. A random classifier''s PR-AUC equals the prevalence, about 0.002, so both models are far above random, and both were evaluated on the same data, so prevalence cannot explain the difference.', version = version + 1, updated_at = now()
 where id = md5('learnpath-seed-item:fraud-detection-6')::uuid;
-- fraud-detection-1: near-duplicate of confusion-matrix-metrics-2 (accuracy of the all-negative model under imbalance); replaced by new items below
update item set status = 'RETIRED', version = version + 1, updated_at = now() where id = md5('learnpath-seed-item:fraud-detection-1')::uuid;
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:fraud-detection-7')::uuid,
 'In a card-fraud model where "fraud" is the positive class, which event is a false positive?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "A fraudulent transaction that the model lets through"}, {"key": "b", "text": "A legitimate transaction flagged as fraud"}, {"key": "c", "text": "A fraudulent transaction that the model correctly blocks"}, {"key": "d", "text": "A legitimate transaction that the model correctly approves"}]'::jsonb,
 '{"choice": "b"}'::jsonb,
 'A false positive is a predicted positive that is actually negative: a genuine customer''s transaction flagged or declined, which costs review time and customer goodwill. A fraud let through is a false negative (the direct financial loss), a blocked fraud is a true positive and an approved legitimate transaction is a true negative. Fraud teams trade the two error types off through the alert threshold.',
 -1.6, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:fraud-detection-7')::uuid, 'fraud-detection');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:fraud-detection-8')::uuid,
 'Features such as "number of transactions on this card in the last hour" or "distinct merchants used in the last 24 hours" measure how fast activity is happening. What are such fraud features commonly called?',
 'SHORT_TEXT',
 null,
 '{"accepted": ["velocity features", "velocity", "velocity feature", "transaction velocity", "velocity checks", "velocity counts"]}'::jsonb,
 'Velocity features count or sum activity per entity (card, device, IP address, merchant) over sliding time windows; bursts of activity are a classic sign of a compromised card being cashed out quickly. They have to be computed point-in-time, from transactions before the one being scored, to avoid leakage.',
 -1.2, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:fraud-detection-8')::uuid, 'fraud-detection');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:fraud-detection-9')::uuid,
 'Each missed fraud costs $500 on average, and each manual review costs $5. The model outputs calibrated fraud probabilities p. Above which p does sending a transaction to review lower the expected cost (assuming a review always catches the fraud)?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "p > 0.5, the default threshold of a classifier"}, {"key": "b", "text": "p > 0.1, ten times the review cost over the loss"}, {"key": "c", "text": "p > 0.01"}, {"key": "d", "text": "p > 0.99, to keep false alarms near zero"}]'::jsonb,
 '{"choice": "c"}'::jsonb,
 'Reviewing costs $5 for sure, while not reviewing costs $500 × p in expectation, so review pays off when 500p > 5, i.e. p > 0.01. The default 0.5 ignores the asymmetric costs and would let through many frauds that are cheap to catch, 0.1 mis-scales the ratio, and 0.99 would review almost nothing. The rule relies on calibrated probabilities, which is why calibration matters for cost-based thresholds.',
 -0.6, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:fraud-detection-9')::uuid, 'fraud-detection');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:fraud-detection-10')::uuid,
 'A model flags 1,000 transactions per day for review. On average 4% of the flagged transactions are fraud, each caught fraud saves $300, and each review costs $4. What is the expected net daily benefit in dollars? Answer with a whole number.',
 'NUMERIC',
 null,
 '{"value": 8000, "tolerance": 0}'::jsonb,
 'Caught frauds: 1,000 × 0.04 = 40, saving 40 × $300 = $12,000; reviews cost 1,000 × $4 = $4,000; net benefit $12,000 − $4,000 = $8,000 per day. Framing model quality in these terms (precision at the review budget times value per catch, minus review cost) is how fraud teams compare models and choose the review budget.',
 -0.3, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:fraud-detection-10')::uuid, 'fraud-detection');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:fraud-detection-11')::uuid,
 'Your features for card transactions are tabular: amount, merchant category, hour, velocity counts and ratios to the customer''s history. Which model family is the usual strong first choice?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "Boosted tree ensembles such as LightGBM or XGBoost"}, {"key": "b", "text": "k-NN on standardized features, since new frauds resemble earlier frauds"}, {"key": "c", "text": "A single decision tree, since investigators need every rule to be readable"}, {"key": "d", "text": "Linear regression on the 0/1 fraud label, thresholded at 0.5"}]'::jsonb,
 '{"choice": "a"}'::jsonb,
 'Gradient-boosted trees handle mixed numeric and categorical features, non-linear interactions and unscaled inputs, train quickly on millions of rows and usually top tabular benchmarks, so they are the standard fraud baseline (with class weights or threshold tuning for imbalance). k-NN scales badly and suffers from mixed feature types, a single tree is readable but much weaker (explanations such as SHAP values work on boosted models too), and linear regression on 0/1 labels gives unbounded, poorly calibrated scores.',
 -1.1, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:fraud-detection-11')::uuid, 'fraud-detection');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:fraud-detection-12')::uuid,
 'A rules engine automatically declines every transaction your model scores above 0.9, and declined transactions never receive a fraud or legitimate label. The model is retrained monthly on labelled transactions. Which statements are correct? Select all that apply.',
 'MULTIPLE_CHOICE',
 '[{"key": "a", "text": "The training data lose most high-risk cases, so the labelled sample is biased by the model''s own decisions."}, {"key": "b", "text": "Routing a small random share of high-score transactions to manual review instead of auto-decline yields unbiased labels there."}, {"key": "c", "text": "Retraining more often removes this bias, because each model sees more recent data."}, {"key": "d", "text": "The recall measured on later labelled data is an unbiased estimate of the model''s true recall."}, {"key": "e", "text": "Labelling all declined transactions as fraud gives unbiased training labels."}]'::jsonb,
 '{"choices": ["a", "b"]}'::jsonb,
 'This is a feedback loop (selection bias): the model decides which outcomes are observed, so retraining on what is labelled under-represents the cases it declines, whatever the retraining frequency. A small randomized exploration or review sample gives labels for that region and allows unbiased evaluation. Recall computed only on labelled data ignores the frauds hidden among the unlabelled declines, and calling every decline fraud assumes a precision of 100% above 0.9, which injects false labels.',
 1.2, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:fraud-detection-12')::uuid, 'fraud-detection');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:fraud-detection-13')::uuid,
 'You undersampled legitimate transactions to a 50/50 mix for both training and validation. At threshold 0.5, validation precision is 0.80. In production the fraud rate is 0.2%. If the true- and false-positive rates stay the same, what precision should you expect there?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "About 0.80, because undersampling changes recall but leaves precision unchanged"}, {"key": "b", "text": "About 0.80 after retraining for more epochs on the full, imbalanced data set"}, {"key": "c", "text": "About 0.008: precision depends on prevalence; measure it at the real fraud rate"}, {"key": "d", "text": "About 0.40, half the validation value, because fraud is rarer in production"}]'::jsonb,
 '{"choice": "c"}'::jsonb,
 'With 50/50 classes, precision 0.8 means TPR / (TPR + FPR) = 0.8, so FPR = TPR / 4. At a prevalence of 0.002, precision = 0.002·TPR / (0.002·TPR + 0.998·TPR/4) = 0.002 / 0.2515 ≈ 0.008, under 1%: almost all alerts would be false. Precision (unlike TPR and FPR) depends on the class mix, so validation has to use data with the production fraud rate, or precision must be re-weighted to it. More epochs do not change the base-rate effect, and there is no reason for a factor of exactly one half.',
 1.4, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:fraud-detection-13')::uuid, 'fraud-detection');

-- ====================================================================== ml-from-scratch
-- ml-from-scratch-2: key was the longest option; a distractor with the broadcast axes swapped (a real slip) added at the same length
update item set choices = '[{"key": "a", "text": "((A[:, None, :] - B[None, :, :]) ** 2).sum(axis=2)"}, {"key": "b", "text": "((A - B) ** 2).sum(axis=1)"}, {"key": "c", "text": "(A ** 2).sum(axis=1)[:, None] + (B ** 2).sum(axis=1)[None, :] - 2 * A @ B.T"}, {"key": "d", "text": "(A ** 2).sum(axis=1)[None, :] + (B ** 2).sum(axis=1)[:, None] - 2 * A @ B.T"}]'::jsonb, explanation = 'Expanding ||a − b||² = ||a||² + ||b||² − 2a·b gives an (n, 1) column plus a (1, m) row minus the (n, m) matrix A @ B.T, which only needs O(n·m) memory (clip tiny negative values from rounding with np.maximum(D, 0)). The 3-D broadcasting version gives the right numbers but materializes an (n, m, d) array. (A - B) requires n = m and only compares row i with row i, and swapping [:, None] and [None, :] builds an (m, n) grid that fails to broadcast against the (n, m) product unless n = m, and is wrong even then.', version = version + 1, updated_at = now()
 where id = md5('learnpath-seed-item:ml-from-scratch-2')::uuid;
-- ml-from-scratch-5: key was the longest option by far; distractors made as specific
update item set choices = '[{"key": "a", "text": "A cluster received no points, so the mean of an empty array is NaN; re-seed that centroid, e.g. at a random point"}, {"key": "b", "text": "The squared distances overflowed in float32; cast X to float64 before computing them, which avoids the NaN"}, {"key": "c", "text": "k-means needs the labels y in the update step; without them the cluster means are undefined and become NaN"}, {"key": "d", "text": "The learning rate of the centroid update is too high, so the centroids oscillate and diverge to NaN"}]'::jsonb, explanation = 'If no point is assigned to cluster j, X[labels == j] is empty and its mean is NaN (NumPy also emits a RuntimeWarning), which then propagates. Implementations handle this by re-initializing the empty centroid, e.g. to a random point or to the point with the largest distance to its centroid. Overflowing squared distances would give inf, not NaN means, and would not be specific to one centroid; k-means is unsupervised and uses no y; and Lloyd''s algorithm has no learning rate: each centroid is set directly to the mean of its points.', version = version + 1, updated_at = now()
 where id = md5('learnpath-seed-item:ml-from-scratch-5')::uuid;
-- ml-from-scratch-6: key was the longest option; distractors now include a valid but full-sort expression of similar length
update item set choices = '[{"key": "a", "text": "np.argsort(D, axis=1, kind=''quicksort'')[:, :k]"}, {"key": "b", "text": "np.sort(D, axis=1)[:, :k]"}, {"key": "c", "text": "np.partition(D, k - 1, axis=1)[:, :k]"}, {"key": "d", "text": "np.argpartition(D, k - 1, axis=1)[:, :k]"}]'::jsonb, explanation = 'np.argpartition with kth = k − 1 along axis 1 places the indices of the k smallest distances in the first k positions of each row (in arbitrary order) using a linear-time selection, which is all a majority vote needs. argsort returns the right indices but performs a full O(n log n) sort of each row (its quicksort is an introsort), np.sort returns distances, not the indices needed to look up labels, and np.partition does the linear-time selection but also returns the distances rather than their indices.', version = version + 1, updated_at = now()
 where id = md5('learnpath-seed-item:ml-from-scratch-6')::uuid;
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:ml-from-scratch-7')::uuid,
 'Which NumPy expression computes the sigmoid σ(z) = 1 / (1 + e^(−z)) element-wise for an array z?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "1 / (1 - np.exp(-z))"}, {"key": "b", "text": "1 / (1 + np.exp(z))"}, {"key": "c", "text": "1 / (1 + np.exp(-z))"}, {"key": "d", "text": "np.exp(-z) / (1 + np.exp(-z))"}]'::jsonb,
 '{"choice": "c"}'::jsonb,
 '1 / (1 + np.exp(-z)) is the formula written with NumPy''s element-wise exp, and it works on scalars and arrays alike. 1 / (1 + np.exp(z)) and np.exp(-z) / (1 + np.exp(-z)) both equal σ(−z) = 1 − σ(z), the probability of the other class, and 1 / (1 - np.exp(-z)) divides by zero at z = 0 and is negative for z < 0. (For very negative z, np.exp(-z) overflows with a warning; scipy.special.expit is a stable alternative.)',
 -1.5, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:ml-from-scratch-7')::uuid, 'ml-from-scratch');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:ml-from-scratch-8')::uuid,
 'What does this stochastic gradient descent loop print?

w = 0.0
for x, y in [(1, 2), (2, 4)]:
    pred = w * x
    w -= 0.1 * 2 * (pred - y) * x
print(round(w, 2))',
 'NUMERIC',
 null,
 '{"value": 1.68, "tolerance": 0.005}'::jsonb,
 'First example: pred = 0, gradient 2·(0 − 2)·1 = −4, so w = 0 − 0.1·(−4) = 0.4. Second example: pred = 0.4·2 = 0.8, gradient 2·(0.8 − 4)·2 = −12.8, so w = 0.4 + 1.28 = 1.68 (the printed value, checked by running the loop). The weight moves towards the true slope 2, and the second update is larger because the gradient of the squared error scales with x.',
 -0.8, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:ml-from-scratch-8')::uuid, 'ml-from-scratch');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:ml-from-scratch-9')::uuid,
 'A from-scratch k-NN classifier votes with labels = np.array([3, 1, 3, 0, 3]) (the labels of the 5 nearest neighbours). What does np.bincount(labels).argmax() return?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "3, the most frequent label"}, {"key": "b", "text": "1, the label of the nearest neighbour"}, {"key": "c", "text": "0, the smallest label that occurs"}, {"key": "d", "text": "array([1, 1, 0, 3]), the counts per label"}]'::jsonb,
 '{"choice": "a"}'::jsonb,
 'np.bincount(labels) counts the occurrences of each non-negative integer: [1, 1, 0, 3] for labels 0, 1, 2, 3, and argmax returns the index of the largest count, 3, which is the majority label (checked in NumPy). The array order is not the neighbour order, so the first label plays no special role; argmax returns an index, not the smallest label; and the counts themselves are the intermediate result, not what argmax returns. On ties, argmax picks the smallest label.',
 -1.2, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:ml-from-scratch-9')::uuid, 'ml-from-scratch');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:ml-from-scratch-10')::uuid,
 'Your NumPy k-NN needs, for each query, the positions of the training points in order of increasing distance. Which NumPy function returns the indices that would sort an array? Give its name.',
 'SHORT_TEXT',
 null,
 '{"accepted": ["argsort", "np.argsort", "numpy.argsort", "argsort()", "np.argsort()", "ndarray.argsort", ".argsort()"]}'::jsonb,
 'np.argsort(d) returns the indices that sort d, so np.argsort(d)[:k] gives the k nearest training points, whose labels are then looked up with y_train[idx]. np.sort returns the sorted values instead of their positions, and np.argpartition is the faster choice when only the k smallest are needed, in any order.',
 -1.1, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:ml-from-scratch-10')::uuid, 'ml-from-scratch');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:ml-from-scratch-11')::uuid,
 'Consider this from-scratch scaler:

class Scaler:
    def fit(self, X):
        self.mu = X.mean(axis=0)
        self.sd = X.std(axis=0)
        return self
    def transform(self, X):
        return (X - self.mu) / self.sd

Which statements are correct? Select all that apply.',
 'MULTIPLE_CHOICE',
 '[{"key": "a", "text": "A constant column gives sd = 0, and transform returns nan for that column (0 / 0)."}, {"key": "b", "text": "X.std(axis=0) uses ddof=0, the same convention as scikit-learn''s StandardScaler."}, {"key": "c", "text": "Using axis=1 instead of axis=0 would give the same result for a square X."}, {"key": "d", "text": "Calling transform before fit returns X unchanged, since mu and sd default to 0 and 1."}, {"key": "e", "text": "fit modifies X in place, so the caller''s array is centred after fitting."}]'::jsonb,
 '{"choices": ["a", "b"]}'::jsonb,
 'For a constant column, X − mu is 0 and sd is 0, so NumPy returns nan with a RuntimeWarning (scikit-learn avoids this by using a scale of 1 for zero-variance features). NumPy''s std defaults to ddof=0, the population standard deviation, which StandardScaler also uses (checked: the outputs match). axis=1 computes statistics per row, which is a different transformation even when X is square; mu and sd do not exist before fit, so transform raises AttributeError; and X.mean and X.std return new arrays without touching X.',
 1.1, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:ml-from-scratch-11')::uuid, 'ml-from-scratch');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:ml-from-scratch-12')::uuid,
 'Your from-scratch logistic regression computes

p = 1 / (1 + np.exp(-X @ w))
loss = -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))

After some epochs on well-separated data the loss becomes nan. What is the cause and the fix?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "Zero initialization makes p = 0.5 everywhere, so the gradient is undefined; start w at random values"}, {"key": "b", "text": "Labels have to be −1/+1 for this formula, so the terms with y = 0 are undefined; recode the labels"}, {"key": "c", "text": "p rounds to exactly 0.0 or 1.0 for large |Xw|, so log(0) appears; clip p or compute from logits"}, {"key": "d", "text": "The learning rate is too small, so the loss underflows to zero and turns into nan; increase it"}]'::jsonb,
 '{"choice": "c"}'::jsonb,
 'As the weights grow on separable data, |Xw| becomes large and the float64 sigmoid returns exactly 1.0 (already for Xw ≈ 40), so log(1 − p) = −inf and 0 · (−inf) = nan (checked in NumPy). Clipping p to [ε, 1 − ε] or, better, computing the loss from the logits, e.g. np.logaddexp(0, z) − y·z, avoids it (and L2 regularization keeps w finite). Zero initialization is fine for logistic regression, the formula is written for 0/1 labels, and a small learning rate cannot create nan.',
 1.4, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:ml-from-scratch-12')::uuid, 'ml-from-scratch');

-- ====================================================================== ml-healthcare
-- ml-healthcare-1: distractor d (training loss) was one nobody picks, and the key was a near-duplicate of class-imbalance-1 (b); options replaced with plausible alternatives
update item set choices = '[{"key": "a", "text": "Specificity"}, {"key": "b", "text": "Sensitivity"}, {"key": "c", "text": "Overall accuracy"}, {"key": "d", "text": "Positive predictive value (precision)"}]'::jsonb, explanation = 'Sensitivity is the share of actual cancers that the model flags, so prioritizing it minimizes missed cases (false negatives), which are the costly error here; specificity is then maximized subject to that constraint. Optimizing specificity first would accept more missed cancers, accuracy is dominated by the many healthy cases, and positive predictive value measures how many flagged cases are cancers, i.e. it limits needless reviews, which the stem says are the cheaper error.', version = version + 1, updated_at = now()
 where id = md5('learnpath-seed-item:ml-healthcare-1')::uuid;
-- ml-healthcare-4: key was the longest option; distractors made as specific
update item set choices = '[{"key": "a", "text": "0.2, because it has the highest sensitivity and so misses the fewest sepsis cases"}, {"key": "b", "text": "0.3, the best specificity among the thresholds that meet the 95% sensitivity floor"}, {"key": "c", "text": "0.4, because it balances sensitivity and specificity best among the four thresholds"}, {"key": "d", "text": "0.5, because it maximizes sensitivity + specificity (the Youden index) of the four"}]'::jsonb, version = version + 1, updated_at = now()
 where id = md5('learnpath-seed-item:ml-healthcare-4')::uuid;
-- ml-healthcare-5: key was the longest option by far; distractors made as specific
update item set choices = '[{"key": "a", "text": "Nothing: an AUC of 0.88 shows that the predicted probabilities can be read directly as risks"}, {"key": "b", "text": "Retrain with more trees and deeper splits, which sharpens the probabilities towards the truth"}, {"key": "c", "text": "Lower the decision threshold to 0.12, so that the predicted rates match the observed ones"}, {"key": "d", "text": "It overestimates risk; recalibrate on held-out data (isotonic regression or Platt scaling)"}]'::jsonb, explanation = 'AUC measures only ranking, so a model can rank patients well while its probabilities are systematically too high; calibration compares predicted and observed event rates, and here 30% predicted versus 12% observed is clear overestimation. Fitting a monotone calibration map (isotonic regression, Platt scaling, e.g. CalibratedClassifierCV) on held-out data fixes the probabilities without changing the ranking, so the AUC stays the same; check a reliability diagram and the Brier score afterwards. More trees do not target calibration, and moving a threshold changes decisions, not the probabilities clinicians read.', version = version + 1, updated_at = now()
 where id = md5('learnpath-seed-item:ml-healthcare-5')::uuid;
-- ml-healthcare-6: a distractor used "guarantees", and only the key echoed the stem words; distractors reworded
update item set choices = '[{"key": "a", "text": "The model may have learned shortcuts, such as scanner-specific markers or text on the images, that correlated with the label at the training site."}, {"key": "b", "text": "A high overall AUC implies good performance within each subgroup, such as older patients."}, {"key": "c", "text": "Performance may drop because of dataset shift: different scanners, imaging protocols and patient populations."}, {"key": "d", "text": "Removing patient names from the training data makes it anonymous, so privacy is no longer a concern for this model."}, {"key": "e", "text": "Performance should be reported for relevant subgroups (e.g. age, sex), not only overall."}]'::jsonb, version = version + 1, updated_at = now()
 where id = md5('learnpath-seed-item:ml-healthcare-6')::uuid;
-- ml-healthcare-2: near-duplicate of train-validation-test-split-5 (patient-level grouped split); replaced by new items below
update item set status = 'RETIRED', version = version + 1, updated_at = now() where id = md5('learnpath-seed-item:ml-healthcare-2')::uuid;
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:ml-healthcare-7')::uuid,
 'A team trains a model on measured activities of 20,000 compounds against a kinase target, then ranks 2 million untested compounds from a vendor catalogue to choose 500 for lab testing. What is this use of ML in drug discovery called?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "Drug repurposing"}, {"key": "b", "text": "Virtual screening"}, {"key": "c", "text": "Pharmacovigilance"}, {"key": "d", "text": "Clinical trial simulation"}]'::jsonb,
 '{"choice": "b"}'::jsonb,
 'Virtual (in silico) screening scores large libraries of untested molecules so that only the most promising few are synthesized or bought and tested, which saves most of the cost of physical high-throughput screening. Drug repurposing looks for new indications for already approved drugs, pharmacovigilance monitors adverse effects after a drug is on the market, and clinical trial simulation models patients and outcomes, not compound activity.',
 -1.2, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:ml-healthcare-7')::uuid, 'ml-healthcare');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:ml-healthcare-8')::uuid,
 'A sepsis model developed on data from hospital A is tested, unchanged, on patients from hospitals B and C that played no part in its development. What is this kind of evaluation called? Give the usual term.',
 'SHORT_TEXT',
 null,
 '{"accepted": ["external validation", "external", "external evaluation", "external test", "external validation study", "independent external validation"]}'::jsonb,
 'External validation measures performance on data from other sites (or later periods) than the development data; it reveals dataset shift in case mix, coding practice and equipment that internal validation (a held-out split or cross-validation of the same source) cannot. Reporting guidelines such as TRIPOD ask for it before clinical use.',
 -1.3, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:ml-healthcare-8')::uuid, 'ml-healthcare');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:ml-healthcare-9')::uuid,
 'Two molecules are encoded as binary fingerprints. Molecule A has the bits {1, 4, 7, 9, 12} set and molecule B has {4, 7, 12, 15}. What is their Tanimoto similarity, |A ∩ B| / |A ∪ B|? Round to two decimals.',
 'NUMERIC',
 null,
 '{"value": 0.5, "tolerance": 0.005}'::jsonb,
 'The shared bits are {4, 7, 12}, 3 of them, and the union is {1, 4, 7, 9, 12, 15}, 6 bits, so the Tanimoto (Jaccard) similarity is 3 / 6 = 0.50. Tanimoto similarity on Morgan/ECFP fingerprints is the standard way to find near analogues of a molecule, to cluster compound libraries and to measure how far test molecules are from the training set.',
 -0.5, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:ml-healthcare-9')::uuid, 'ml-healthcare');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:ml-healthcare-10')::uuid,
 'Drug-discovery teams train models to predict the ADMET properties of candidate molecules: absorption, distribution, metabolism, excretion and one more property that often ends a program. What does the T stand for?',
 'SHORT_TEXT',
 null,
 '{"accepted": ["toxicity", "tox", "toxicology", "toxic effects", "toxicity (T)"]}'::jsonb,
 'ADMET stands for absorption, distribution, metabolism, excretion and toxicity: the pharmacokinetic and safety properties that decide whether an active molecule can become a drug. Predicting them early (e.g. hERG inhibition for cardiotoxicity) lets chemists drop or redesign compounds before expensive experiments.',
 -0.8, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:ml-healthcare-10')::uuid, 'ml-healthcare');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:ml-healthcare-11')::uuid,
 'A model predicts in-hospital mortality at the moment of admission from EHR data. Its strongest feature is "palliative-care consultation ordered during the stay". What is the main problem?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "The feature is categorical, and gradient-boosted trees handle categorical inputs poorly"}, {"key": "b", "text": "One dominant feature means the model overfits; stronger regularization fixes it"}, {"key": "c", "text": "The feature reveals the diagnosis to the model and so breaches patient privacy"}, {"key": "d", "text": "It is recorded after admission and reflects clinicians'' judgement, leaking the outcome"}]'::jsonb,
 '{"choice": "d"}'::jsonb,
 'A palliative-care consultation is ordered later in the stay, typically because clinicians already expect death, so the feature is not available at prediction time and largely encodes the outcome; the model would look excellent offline and be useless at admission. Only data timestamped before the prediction moment may be used. A dominant feature is a symptom of this leak, not of overfitting that regularization would fix; trees handle such binary features well; and privacy rules govern access to data, not which features a model uses.',
 -0.3, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:ml-healthcare-11')::uuid, 'ml-healthcare');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:ml-healthcare-12')::uuid,
 'A QSAR model predicting compound potency reaches R² = 0.85 with a random train/test split of a company''s compound collection, but only 0.35 on the next chemical series the chemists make. What is the best explanation and validation?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "The assay data are noisy; add dropout and keep the random split, which remains representative"}, {"key": "b", "text": "R² is the wrong metric for potency; switch to accuracy after binning the compounds into classes"}, {"key": "c", "text": "Random splits leave close analogues in training; use a scaffold or time split to mimic new series"}, {"key": "d", "text": "The new series is out of the applicability domain, which no validation design is able to anticipate"}]'::jsonb,
 '{"choice": "c"}'::jsonb,
 'Compound collections contain series of close analogues, so a random split puts near-twins of each test molecule into training and measures interpolation. A scaffold split (test molecules have core structures unseen in training) or a time split (train on older compounds, test on newer) estimates performance on genuinely new chemistry, and applicability-domain measures (e.g. Tanimoto similarity to the nearest training molecule) flag unreliable predictions. Noise does not explain the specific drop on new series, binning discards information, and scaffold or time splits are exactly the designs that anticipate it.',
 1.3, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:ml-healthcare-12')::uuid, 'ml-healthcare');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:ml-healthcare-13')::uuid,
 'A generative model proposes new molecules, and an activity model ranks them for synthesis. Which statements are correct? Select all that apply.',
 'MULTIPLE_CHOICE',
 '[{"key": "a", "text": "Generated molecules should be filtered for synthesizability and drug-likeness before anyone makes them."}, {"key": "b", "text": "A molecule predicted to be active still needs wet-lab confirmation before it counts as a hit."}, {"key": "c", "text": "An activity model trained on one target''s assay data predicts reliably for any region of chemical space."}, {"key": "d", "text": "A high share of chemically valid SMILES strings shows that the generated molecules are likely to be active."}, {"key": "e", "text": "Assay results from different labs can be pooled as one training set without checking their protocols."}]'::jsonb,
 '{"choices": ["a", "b"]}'::jsonb,
 'Generative models readily propose molecules that are hard or impossible to synthesize or that have poor drug-like properties, so filters or scores (e.g. synthetic accessibility, QED) are applied, and computational predictions are hypotheses until assays confirm them. Activity models are reliable only near their training data (the applicability domain), validity of SMILES only means the strings parse into molecules, and assay values from different protocols (cell lines, concentrations, readouts) are often not comparable, so pooling them blindly adds systematic noise.',
 1.1, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:ml-healthcare-13')::uuid, 'ml-healthcare');

