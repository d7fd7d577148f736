-- Issue 28, advanced ML skills (ml-problem-framing, model-deployment-monitoring, neural-network-training, pca,
-- perceptron, q-learning, recommender-systems, recurrent-networks, rl-fundamentals, text-preprocessing,
-- transformers-attention, tsne-umap, word-embeddings).
-- Corrections keep an item's id and what it measures (rebalanced option lengths, distractors a half-knowing learner
-- would pick, no absolute words in distractors, stems that no longer give the key away); an item that duplicated
-- another skill's item is retired and replaced under a new key. New items continue each skill's keys from -7.
-- Every number and code output in these items was recomputed with Python (numpy, pandas, scikit-learn).

-- ======================================================================
-- Skill: pca
-- ======================================================================
update item set choices = '[{"key": "a", "text": "The single original feature with the largest variance, kept unchanged so that it stays interpretable"}, {"key": "b", "text": "The unit direction along which the projected data have the largest variance"}, {"key": "c", "text": "The direction that best separates the classes, found from the labels as in linear discriminant analysis"}, {"key": "d", "text": "The direction pointing to the densest region of the data"}]'::jsonb,
    version = version + 1, updated_at = now()
  where id = md5('learnpath-seed-item:pca-1')::uuid;
update item set choices = '[{"key": "a", "text": "PC1 is a balanced mix of income and age, because PCA rescales each column to unit variance internally"}, {"key": "b", "text": "PC1 is dominated by age, because PCA favours the feature with more distinct values per unit"}, {"key": "c", "text": "PCA warns about the mixed units and fits on ranks instead"}, {"key": "d", "text": "PC1 points almost entirely along income, whose variance dwarfs that of age"}]'::jsonb, explanation = 'PCA maximizes variance, and variance depends on units: income has a variance of about 4×10^8 against about 144 for age, so the first component is essentially the income axis whatever the real structure is. That is why features are standardized (e.g. with StandardScaler, equivalent to PCA on the correlation matrix) before PCA. scikit-learn''s PCA centres the columns but does not rescale them, it neither checks units nor switches to ranks, and the number of distinct values plays no role.',
    version = version + 1, updated_at = now()
  where id = md5('learnpath-seed-item:pca-2')::uuid;
update item set choices = '[{"key": "a", "text": "It can unroll a curved nonlinear manifold such as a ''Swiss roll'' into a flat 2-D sheet."}, {"key": "b", "text": "It centres each feature (subtracts its mean) but does not scale the features to unit variance."}, {"key": "c", "text": "explained_variance_ratio_ is sorted in decreasing order."}, {"key": "d", "text": "The principal components are mutually orthogonal."}, {"key": "e", "text": "It uses the target labels y to pick directions that predict y well."}]'::jsonb, explanation = 'scikit-learn''s PCA subtracts the column means before finding the components but leaves the scales alone, which is why standardizing first is a separate decision. The components are orthogonal unit vectors (eigenvectors of the covariance matrix; depending on svd_solver they come from an SVD of the centred data or from an eigendecomposition of the covariance matrix), and components_ and explained_variance_ratio_ come out in decreasing order of variance. PCA is unsupervised: fit accepts y only for API consistency and ignores it. Being a linear projection, PCA cannot unroll a curved manifold; that needs a nonlinear method such as Isomap, t-SNE or UMAP.',
    version = version + 1, updated_at = now()
  where id = md5('learnpath-seed-item:pca-4')::uuid;
update item set choices = '[{"key": "a", "text": "PC1 measures overall performance: the five scores are strongly positively correlated"}, {"key": "b", "text": "The five scores are roughly uncorrelated, so PCA spreads the variance evenly and each score contributes equally to PC1"}, {"key": "c", "text": "PC1 contrasts the science subjects with the language subjects, because it separates the two groups of scores"}, {"key": "d", "text": "PCA failed to converge: equal loadings are its starting direction"}]'::jsonb, explanation = 'Equal positive loadings mean PC1 is essentially a (scaled) average of all five scores, a ''general level'' component, and its 62% share of the variance shows the scores are strongly positively correlated. If standardized features were uncorrelated, every eigenvalue would be about 1 and each component would explain only about 20%, whatever the loadings. A science-versus-language contrast would show loadings of opposite sign (often the pattern of PC2), and PCA is solved by a deterministic decomposition, not an iterative search from a starting direction, so equal loadings are a genuine result.',
    version = version + 1, updated_at = now()
  where id = md5('learnpath-seed-item:pca-5')::uuid;
update item set choices = '[{"key": "a", "text": "The principal components are correlated, which destabilizes logistic regression"}, {"key": "b", "text": "Keeping 95% of the variance keeps about 95% of the predictive information, so a drop this large points to a bug"}, {"key": "c", "text": "PCA ignores the target: a direction that separates the classes can have low variance and be discarded"}, {"key": "d", "text": "Logistic regression handles the negative, centred values that PCA produces badly without an extra scaling step"}]'::jsonb, explanation = 'PCA ranks directions by variance, not by their relation to the target, so a low-variance direction can carry most of the class signal and still be dropped. Variance retained is therefore not predictive information retained, and a sharp drop is a plausible outcome rather than a sign of a bug. Principal component scores are uncorrelated by construction, and logistic regression works with any real-valued inputs, negative or not. In practice, tune n_components by cross-validation inside a Pipeline, or use supervised alternatives (regularization, PLS, LDA).',
    version = version + 1, updated_at = now()
  where id = md5('learnpath-seed-item:pca-6')::uuid;
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:pca-7')::uuid,
 'X has shape (500, 20). After pca = PCA(n_components=3).fit(X), what is the shape of pca.components_?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "(3, 20)"}, {"key": "b", "text": "(20, 3)"}, {"key": "c", "text": "(500, 3)"}, {"key": "d", "text": "(3, 3)"}]'::jsonb,
 '{"choice": "a"}'::jsonb,
 'components_ holds one row per kept component, each a unit vector with one loading per original feature: shape (n_components, n_features) = (3, 20). (20, 3) is its transpose, the shape you multiply by when projecting: pca.transform(X) returns (X − mean_) @ components_.T of shape (500, 3), which is the scores array, not the components. (3, 3) would be a covariance matrix of the scores. Checked with scikit-learn 1.2.',
 -1.6, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:pca-7')::uuid, 'pca');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:pca-8')::uuid,
 'You run PCA on a training set and look at the columns of the score matrix Z = pca.transform(X_train). What holds for any two different columns of Z?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "They are uncorrelated with each other on the data PCA was fitted on"}, {"key": "b", "text": "They have the same variance, equal to the average variance of the original features"}, {"key": "c", "text": "They each have variance 1, since PCA standardizes its scores"}, {"key": "d", "text": "They are statistically independent, not only uncorrelated, whatever the data distribution"}]'::jsonb,
 '{"choice": "a"}'::jsonb,
 'The principal directions are eigenvectors of the covariance matrix, so the covariance of the scores is diagonal: different components have zero sample correlation on the data PCA was fitted on (checked numerically). Their variances are the eigenvalues, which decrease from PC1 onwards, so they are neither equal nor 1 (unit variance needs whiten=True). Uncorrelated is weaker than independent: only for jointly Gaussian data does one imply the other; finding independent components is what ICA does.',
 -1.3, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:pca-8')::uuid, 'pca');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:pca-9')::uuid,
 'For which of these goals is PCA a reasonable tool? Select all that apply.',
 'MULTIPLE_CHOICE',
 '[{"key": "a", "text": "Compressing many correlated numeric features into fewer inputs before fitting a model."}, {"key": "b", "text": "Getting a quick 2-D overview of high-dimensional numeric data."}, {"key": "c", "text": "Keeping a subset of the original columns so that the model stays easy to explain."}, {"key": "d", "text": "Making the features robust to a few extreme outliers."}, {"key": "e", "text": "Turning a high-cardinality categorical column into numeric features."}]'::jsonb,
 '{"choices": ["a", "b"]}'::jsonb,
 'PCA replaces correlated numeric features by a few uncorrelated combinations, which suits compression and quick 2-D views. It does not select original columns: every component mixes all features, so interpretability usually gets worse (use feature selection for that). Because it maximizes variance, a few extreme points can pull the components towards themselves, so PCA is sensitive to outliers rather than robust to them. Categorical columns need an encoding first; PCA on arbitrary category codes is meaningless.',
 -0.7, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:pca-9')::uuid, 'pca');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:pca-10')::uuid,
 'A fitted scikit-learn PCA (whiten=False) has pca.mean_ = [1, 1] and pca.components_ = [[0.6, 0.8]]. What single value does pca.transform([[3, 1]]) return?',
 'NUMERIC',
 null,
 '{"value": 1.2, "tolerance": 0.001}'::jsonb,
 'transform centres the point with the training mean and projects it on each component: (x − mean_) @ components_.T = (3 − 1, 1 − 1) · (0.6, 0.8) = 2·0.6 + 0·0.8 = 1.2. Forgetting to subtract the mean gives 3·0.6 + 1·0.8 = 2.6, and using the mean of the new point instead of the stored training mean would give 0. The formula was checked against scikit-learn''s transform on random data.',
 -0.3, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:pca-10')::uuid, 'pca');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:pca-11')::uuid,
 'You refit a PCA on next month''s data from the same source. PC1''s loadings have almost the same absolute values as last month but every sign is flipped, and a model trained on last month''s PC1 scores now performs badly. What is the most likely explanation?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "The population changed so much that its direction of largest variance reversed, a sign of major drift"}, {"key": "b", "text": "The sign of a component is arbitrary (v and −v span the same axis), so a refit can flip it"}, {"key": "c", "text": "The data were not standardized, which makes component signs unstable"}, {"key": "d", "text": "PCA''s random initialization changed, so setting random_state fixes the signs for any dataset"}]'::jsonb,
 '{"choice": "b"}'::jsonb,
 'An eigenvector is defined only up to sign: v and −v describe the same axis and explain the same variance. scikit-learn applies a sign convention that depends on the data, so a small change in the data can flip it; the downstream model then receives scores of the opposite sign. Refit or re-align the whole pipeline together (e.g. fix the sign so that a chosen loading is positive). Equal absolute loadings mean the axis did not change, so this is not drift; scaling does not make signs stable; and the full-SVD solver has no random initialization, while for the randomized solver a fixed random_state cannot stop a flip caused by different data.',
 1.1, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:pca-11')::uuid, 'pca');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:pca-12')::uuid,
 'For a 200,000 × 50,000 sparse TF-IDF matrix, why do practitioners reduce dimensions with TruncatedSVD rather than scikit-learn''s PCA?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "PCA gives components with negative loadings, which are meaningless for term weights, while TruncatedSVD keeps them non-negative"}, {"key": "b", "text": "PCA centres every column, and a centred sparse matrix is dense, so memory explodes"}, {"key": "c", "text": "TruncatedSVD rescales each term column to unit variance, which PCA skips, so rare terms are weighted properly"}, {"key": "d", "text": "PCA supports only a few thousand input features"}]'::jsonb,
 '{"choice": "b"}'::jsonb,
 'Subtracting the column means turns almost every zero of a sparse matrix into a non-zero, so an explicitly centred 200,000 × 50,000 matrix would need about 80 GB in float64; TruncatedSVD factorizes the uncentred sparse matrix directly (latent semantic analysis). Its components can have negative entries too (non-negative factors are what NMF gives), it does not standardize columns, and PCA has no fixed limit on the number of features.',
 1.4, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:pca-12')::uuid, 'pca');

-- ======================================================================
-- Skill: perceptron
-- ======================================================================
update item set choices = '[{"key": "a", "text": "f(w·x + b): an activation applied to a weighted sum of the inputs plus a bias"}, {"key": "b", "text": "The distance from x to the nearest stored training example, turned into a class vote"}, {"key": "c", "text": "A separate threshold test on each input, firing when any single input exceeds its own threshold"}, {"key": "d", "text": "The activation applied to each input first, then a weighted sum of those outputs, Σ w_i·f(x_i)"}]'::jsonb, explanation = 'An artificial neuron forms the weighted sum w·x + b with learned weights and bias and passes it through an activation function (a step function for the classic perceptron, sigmoid or ReLU in modern networks). Distance to stored examples describes k-NN. Thresholding each input separately ignores how the inputs combine, so it could not even express ''fire when x1 + x2 is large''. Applying the activation before weighting reverses the order: the non-linearity acts on the combined sum, not on each raw input.',
    version = version + 1, updated_at = now()
  where id = md5('learnpath-seed-item:perceptron-1')::uuid;
update item set choices = '[{"key": "a", "text": "The perceptron rule needs many more than four training examples before it converges on XOR"}, {"key": "b", "text": "The step activation has zero gradient, so the perceptron rule receives no error signal on XOR"}, {"key": "c", "text": "No single line separates the inputs labelled 1 from those labelled 0: XOR is not linearly separable"}, {"key": "d", "text": "XOR needs a learning rate small enough to stop oscillation, and the standard rule fixes it at 1"}]'::jsonb, explanation = 'A single-layer perceptron''s decision boundary is one hyperplane. XOR''s positive points (0,1) and (1,0) sit on one diagonal and its negative points (0,0) and (1,1) on the other, so no line separates them. More examples do not help a model that cannot represent the function; the perceptron rule updates from the sign of the error, not from a gradient of the step function, so it does receive an error signal (and keeps cycling); and on linearly separable data the rule converges for any positive learning rate, so the learning rate is not what fails. A hidden layer fixes it.',
    version = version + 1, updated_at = now()
  where id = md5('learnpath-seed-item:perceptron-2')::uuid;
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:perceptron-7')::uuid,
 'In a perceptron that outputs 1 when w·x + b > 0, what does the bias b change?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "It shifts the decision boundary away from the origin"}, {"key": "b", "text": "It rotates the decision boundary around the origin"}, {"key": "c", "text": "It rescales the weights so that their norm stays equal to 1"}, {"key": "d", "text": "It sets the step size of the perceptron learning rule"}]'::jsonb,
 '{"choice": "a"}'::jsonb,
 'The boundary is the hyperplane w·x + b = 0. Without b it must pass through the origin; b moves it parallel to itself (its distance from the origin is |b| / ||w||). The orientation of the boundary is set by w, so changing b does not rotate it; nothing normalizes the weights; and the step size is the learning rate η, a separate hyperparameter.',
 -1.6, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:perceptron-7')::uuid, 'perceptron');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:perceptron-8')::uuid,
 'A perceptron has weights w = (2, −1, 0.5) and bias b = −1. What is w·x + b for the input x = (1, 3, 2)?',
 'NUMERIC',
 null,
 '{"value": -1.0, "tolerance": 0.001}'::jsonb,
 'w·x + b = 2·1 + (−1)·3 + 0.5·2 − 1 = 2 − 3 + 1 − 1 = −1. With a step activation that outputs 1 only for a positive sum, this input is assigned to the negative class. A frequent slip is forgetting the bias, which gives 0.',
 -1.3, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:perceptron-8')::uuid, 'perceptron');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:perceptron-9')::uuid,
 'A perceptron on two inputs has w = (2, 1) and b = −4. Which input lies exactly on its decision boundary?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "x = (1, 1)"}, {"key": "b", "text": "x = (2, 0)"}, {"key": "c", "text": "x = (0, 2)"}, {"key": "d", "text": "x = (4, 2)"}]'::jsonb,
 '{"choice": "b"}'::jsonb,
 'The boundary is the set where 2·x1 + x2 − 4 = 0. For (2, 0): 4 + 0 − 4 = 0, on the line. (1, 1) gives −1 and (0, 2) gives −2, both on the negative side; (4, 2) gives 6, on the positive side. Reading the boundary as w·x = 0 (ignoring b) or as x = w are the usual mistakes.',
 -0.6, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:perceptron-9')::uuid, 'perceptron');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:perceptron-10')::uuid,
 'Which Boolean functions can a single perceptron (one threshold unit, inputs in {0, 1}) represent exactly? Select all that apply.',
 'MULTIPLE_CHOICE',
 '[{"key": "a", "text": "Majority of three inputs: 1 when at least two of x1, x2, x3 are 1."}, {"key": "b", "text": "Parity of three inputs: 1 when an odd number of x1, x2, x3 are 1."}, {"key": "c", "text": "x1 AND NOT x2."}, {"key": "d", "text": "x1 XNOR x2: 1 when both inputs are equal."}, {"key": "e", "text": "1 when at least one of three inputs is 1."}]'::jsonb,
 '{"choices": ["a", "c", "e"]}'::jsonb,
 'A single unit represents exactly the linearly separable functions. Majority: w = (1, 1, 1), b = −1.5. x1 AND NOT x2: w = (1, −1), b = −0.5. At least one of three (OR): w = (1, 1, 1), b = −0.5. XNOR is the complement of XOR and is not separable, and three-input parity generalizes XOR, so no single hyperplane separates it either (checked by exhaustive search over weights). Both need a hidden layer.',
 -0.3, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:perceptron-10')::uuid, 'perceptron');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:perceptron-11')::uuid,
 'A from-scratch perceptron starts with w = 0 and b = 0 and runs, for 10 epochs over separable data with labels yi in {−1, +1}:

for xi, yi in zip(X, y):
    if yi * (w @ xi + b) > 0:
        w = w + lr * yi * xi
        b = b + lr * yi

What happens?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "It learns as intended, because the product yi·(w·xi + b) is positive exactly for misclassified examples"}, {"key": "b", "text": "It diverges: each update pushes w away from the right answer, because the sign of the update is reversed"}, {"key": "c", "text": "Nothing is learned: the product is 0 at the start, so the condition is never true; it should be <= 0"}, {"key": "d", "text": "It learns, but slowly, because the bias update is missing the factor xi"}]'::jsonb,
 '{"choice": "c"}'::jsonb,
 'The rule should update on mistakes, i.e. when yi·(w·xi + b) <= 0. With this reversed test and a zero start, every product is exactly 0, no update ever fires and w, b stay at zero (confirmed by running the loop). Even from a non-zero start it would only reinforce examples that are already correct and never fix a mistake. The product is positive for correctly classified examples, the update direction w + lr·yi·xi is the right one, and the bias update correctly uses the constant input 1, not xi.',
 1.1, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:perceptron-11')::uuid, 'perceptron');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:perceptron-12')::uuid,
 'Two colleagues train perceptrons on the same linearly separable data, presenting the examples in different orders. Both reach 100% training accuracy but end with clearly different weight vectors. Why?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "One of the two runs has not converged yet, since the perceptron''s solution is unique on separable data"}, {"key": "b", "text": "The rule stops at the first separating hyperplane it reaches, and which one depends on the update order"}, {"key": "c", "text": "Their learning rates differ, and only the learning rate decides which separating line is found"}, {"key": "d", "text": "The data are not really separable, so the rule keeps moving between equally good solutions"}]'::jsonb,
 '{"choice": "b"}'::jsonb,
 'On separable data many hyperplanes separate the classes, and the perceptron rule stops changing as soon as there are no mistakes, wherever that happens; the sequence of mistakes, and so the final w, depends on the order of examples. The solution is not unique, unlike a maximum-margin SVM. With w and b starting at zero, a different learning rate only rescales w and b without changing the boundary; and non-separable data would leave some training errors, not 100% accuracy.',
 1.4, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:perceptron-12')::uuid, 'perceptron');

-- ======================================================================
-- Skill: neural-network-training
-- ======================================================================
update item set choices = '[{"key": "a", "text": "It disables gradient tracking, so no computation graph is built and memory use drops"}, {"key": "b", "text": "It freezes the weights, so a later optimizer.step() leaves the parameters unchanged"}, {"key": "c", "text": "It switches dropout and batch norm to inference behaviour; autograd stays on"}, {"key": "d", "text": "It runs a forward pass over the validation loader and returns the average loss"}]'::jsonb,
    version = version + 1, updated_at = now()
  where id = md5('learnpath-seed-item:neural-network-training-2')::uuid;
update item set choices = '[{"key": "a", "text": "Increase the learning rate so the optimizer escapes the region where validation loss rises"}, {"key": "b", "text": "Keep training; validation loss typically comes back down once the training loss reaches zero"}, {"key": "c", "text": "The network is too small for the validation data: add more layers and hidden units"}, {"key": "d", "text": "It overfits after about epoch 12: keep the epoch-12 checkpoint and add regularization"}]'::jsonb, explanation = 'A widening gap between falling training loss and rising validation loss is the classic overfitting signature; early stopping restores the weights from the best validation epoch, and regularization (dropout, weight decay, data augmentation) or more data delays the divergence. Training longer usually deepens the overfitting, a network that is too small would show high training loss as well, and a larger learning rate does not address generalization.',
    version = version + 1, updated_at = now()
  where id = md5('learnpath-seed-item:neural-network-training-4')::uuid;
update item set choices = '[{"key": "a", "text": "Something in the setup is broken, e.g. misaligned labels or parameters missing from the optimizer"}, {"key": "b", "text": "The model needs stronger regularization, such as more dropout, before it can fit even one batch"}, {"key": "c", "text": "One batch of 32 is too few examples to learn from, so judge the model on the full dataset instead"}, {"key": "d", "text": "This is expected: a network generalizes instead of memorizing, so loss on a fixed batch plateaus"}]'::jsonb, explanation = 'A network with enough capacity should drive the loss on one small batch close to zero; if it cannot, the pipeline itself is faulty, so check data and labels, the loss inputs, that optimizer.step() is called on the right parameters, and the learning rate (a far too small one also shows up here). Regularization would make memorization harder, not easier, and moving to the full dataset only hides the bug. Memorizing a small batch is exactly what a healthy model can do, which is why this check is so useful.',
    version = version + 1, updated_at = now()
  where id = md5('learnpath-seed-item:neural-network-training-6')::uuid;
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:neural-network-training-7')::uuid,
 'A few steps into training, the loss jumps around wildly and then becomes NaN. Which setting is the most likely culprit?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "A learning rate set much higher than this model tolerates"}, {"key": "b", "text": "A batch size that is too large, which averages the gradient too much"}, {"key": "c", "text": "Too few epochs, so the optimizer has not yet reached a stable region"}, {"key": "d", "text": "A validation set that is too small to give a stable loss"}]'::jsonb,
 '{"choice": "a"}'::jsonb,
 'Steps that are too large overshoot the minimum, so the loss oscillates, grows and eventually overflows to inf or NaN; lower the learning rate (and consider warm-up or gradient clipping). Larger batches give smoother, not wilder, gradient estimates; the number of epochs does not change what happens in the first steps; and the validation set does not influence the training loss at all.',
 -1.6, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:neural-network-training-7')::uuid, 'neural-network-training');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:neural-network-training-8')::uuid,
 'A layer is followed by nn.Dropout(p=0.2), and the model is in training mode. What happens to that layer''s activations on a forward pass?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "20% of the weights are pruned permanently after the first epoch"}, {"key": "b", "text": "Each is zeroed with probability 0.2; the kept ones are multiplied by 1/0.8"}, {"key": "c", "text": "Each is zeroed with probability 0.8, and the kept ones pass through unscaled"}, {"key": "d", "text": "The same fixed 20% of the units are dropped on every batch for reproducibility"}]'::jsonb,
 '{"choice": "b"}'::jsonb,
 'In PyTorch, p is the probability of zeroing each element, drawn afresh on every forward pass, and the surviving activations are scaled by 1/(1 − p) = 1.25 during training (inverted dropout) so that their expected value matches evaluation, where dropout does nothing. Nothing is pruned permanently, p is the drop probability rather than the keep probability, and a fixed mask would turn dropout into a smaller network instead of a regularizer.',
 -1.3, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:neural-network-training-8')::uuid, 'neural-network-training');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:neural-network-training-9')::uuid,
 'How many trainable parameters (weights and biases) does nn.Sequential(nn.Linear(784, 128), nn.ReLU(), nn.Linear(128, 10)) have? Answer with a whole number.',
 'NUMERIC',
 null,
 '{"value": 101770, "tolerance": 0}'::jsonb,
 'nn.Linear(784, 128) has 784·128 weights and 128 biases = 100,480; nn.Linear(128, 10) has 128·10 + 10 = 1,290; ReLU has no parameters. Total 100,480 + 1,290 = 101,770. Forgetting the biases gives 101,632.',
 -0.7, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:neural-network-training-9')::uuid, 'neural-network-training');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:neural-network-training-10')::uuid,
 'Which practices usually make training a neural network more stable? Select all that apply.',
 'MULTIPLE_CHOICE',
 '[{"key": "a", "text": "Standardize the input features (or scale pixels to a small range)."}, {"key": "b", "text": "Initialize every weight of each layer to the same value, zero, so that training starts neutral."}, {"key": "c", "text": "Use a learning-rate warm-up or a decaying schedule."}, {"key": "d", "text": "Clip the gradient norm when occasional gradient spikes occur."}, {"key": "e", "text": "Shuffle the training data at every epoch."}]'::jsonb,
 '{"choices": ["a", "c", "d", "e"]}'::jsonb,
 'Inputs on comparable small scales keep early activations and gradients well-conditioned; warm-up avoids huge early steps with adaptive optimizers and decay lets training settle; clipping caps rare exploding updates; reshuffling avoids batches ordered by class or time. Initializing all weights of a layer to the same value makes every unit compute the same thing and receive the same gradient, so the symmetry is never broken: random initialization (e.g. He or Xavier) is needed.',
 -0.3, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:neural-network-training-10')::uuid, 'neural-network-training');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:neural-network-training-11')::uuid,
 'Throughout training, your image classifier''s validation accuracy stays a few points above its training accuracy. You use dropout 0.5 and heavy data augmentation, and training accuracy is computed on the fly during each epoch. What is the most plausible explanation?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "The validation images leaked into the training set, the usual reason validation beats training"}, {"key": "b", "text": "The model underfits badly, so remove dropout and augmentation to let it reach the validation score"}, {"key": "c", "text": "Training accuracy is measured with dropout and augmentation on, validation accuracy without them"}, {"key": "d", "text": "The validation set is harder than the training set, so the gap will reverse after more epochs"}]'::jsonb,
 '{"choice": "c"}'::jsonb,
 'Running training metrics are computed on augmented images with dropout active (and averaged over an epoch while the weights still improve), whereas validation runs in eval mode on clean images, so a validation score above the training score is common and harmless here. Leakage would make validation look good but is not needed to explain it; the gap says nothing about underfitting by itself; and a harder validation set would push validation accuracy below training accuracy, not above it.',
 1.1, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:neural-network-training-11')::uuid, 'neural-network-training');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:neural-network-training-12')::uuid,
 'GPU memory grows with every batch until the run crashes with an out-of-memory error. The loop contains:

loss = loss_fn(model(x), y)
loss.backward()
optimizer.step()
optimizer.zero_grad()
total_loss += loss

What is the fix?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "Move optimizer.zero_grad() before loss.backward(), because the gradients accumulate here"}, {"key": "b", "text": "Accumulate total_loss += loss.item(), because adding the tensor keeps every batch''s graph alive"}, {"key": "c", "text": "Call torch.cuda.empty_cache() after every step to release the cached batches"}, {"key": "d", "text": "Switch from Adam to SGD, because Adam stores a growing history of past gradients"}]'::jsonb,
 '{"choice": "b"}'::jsonb,
 'total_loss += loss adds a tensor that requires grad, so total_loss becomes part of an ever-growing autograd graph that references every batch''s intermediate results; loss.item() (or loss.detach()) adds a plain number instead. zero_grad() after step() is a valid order, since the gradients are cleared before the next backward; empty_cache() only returns unused cached blocks and cannot free memory that is still referenced; Adam keeps two moment tensors per parameter, a fixed amount, not a growing history.',
 1.4, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:neural-network-training-12')::uuid, 'neural-network-training');

-- ======================================================================
-- Skill: q-learning
-- ======================================================================
update item set choices = '[{"key": "a", "text": "Updating an estimate towards a target built from other current estimates, e.g. r + γ·max Q(s'', ·)"}, {"key": "b", "text": "Resampling stored episodes with replacement many times to estimate the variance of the value estimates"}, {"key": "c", "text": "Initializing the Q-table from a model pretrained on a simpler version of the same task"}, {"key": "d", "text": "Restarting the environment from a random state whenever the agent gets stuck in an episode"}]'::jsonb, explanation = 'TD methods update from one step of real experience plus the current estimate of what follows, so they can learn online before an episode ends, at the price of some bias from imperfect estimates. Monte Carlo methods wait for the complete return and do not bootstrap. The statistical bootstrap (resampling with replacement) shares only the name, warm-starting from a pretrained model is transfer learning, and random restarts are an exploration device, not a way of forming targets.',
    version = version + 1, updated_at = now()
  where id = md5('learnpath-seed-item:q-learning-2')::uuid;
update item set choices = '[{"key": "a", "text": "Q-learning learns the safer path away from the cliff, because as an on-policy method it accounts for its exploration"}, {"key": "b", "text": "SARSA tends to learn the safer path, since its targets include its own exploratory moves; Q-learning hugs the edge"}, {"key": "c", "text": "Both learn the same edge path, since with ε = 0.1 both updates converge to the optimal greedy values"}, {"key": "d", "text": "SARSA learns the shortest edge path faster, because using the action it actually takes next gives lower-variance targets"}]'::jsonb, explanation = 'SARSA evaluates the ε-greedy policy it actually follows, so the risk of a random step off the cliff lowers the values of edge states and it prefers a safer detour; Q-learning''s max operator evaluates the greedy policy, so it learns the shortest edge path yet, while still exploring, falls off more often and earns less reward online (Sutton and Barto''s cliff-walking example). Q-learning is off-policy, not on-policy; with a fixed ε = 0.1 SARSA converges to the values of the ε-greedy policy, not to the greedy optimum, so the two differ; and SARSA''s preference is the safe path, not the edge.',
    version = version + 1, updated_at = now()
  where id = md5('learnpath-seed-item:q-learning-4')::uuid;
update item set choices = '[{"key": "a", "text": "r + γ·max Q_target(s'', ·) as before, since the target network already values terminal states near zero"}, {"key": "b", "text": "0, because the value of a terminal step is zero whatever reward was received on it"}, {"key": "c", "text": "γ·max Q_target(s'', ·) only, because the final reward is already stored in the replay buffer"}, {"key": "d", "text": "Just r: do not bootstrap from a terminal s'' (multiply the max term by 1 − terminated)"}]'::jsonb, explanation = 'After a true terminal transition the return is just the final reward, so the target must be r; with a neural network (or a non-zero-initialized table) Q(s'', ·) for a terminal s'' is arbitrary, because nothing ever trains it towards zero, and bootstrapping from it corrupts the values. Gymnasium separates terminated (the MDP really ended) from truncated (a time limit cut the episode), and truncated steps should still bootstrap because the state was not terminal. A zero target discards the goal reward (the value after the terminal state is zero, not the reward on the last step), and storing r in the replay buffer does not put it into the target.',
    version = version + 1, updated_at = now()
  where id = md5('learnpath-seed-item:q-learning-6')::uuid;
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:q-learning-7')::uuid,
 'Why is Q-learning called a model-free method?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "It uses a lookup table instead of a neural network model"}, {"key": "b", "text": "It learns action values from sampled transitions without knowing the transition probabilities"}, {"key": "c", "text": "It needs no reward signal, only the sequence of visited states"}, {"key": "d", "text": "It stores neither a value table nor a policy, only the latest transition"}]'::jsonb,
 '{"choice": "b"}'::jsonb,
 '''Model'' here means a model of the environment''s dynamics, P(s'' | s, a) and the reward function. Q-learning never needs them: it improves Q(s, a) from observed (s, a, r, s'') samples, whereas dynamic programming (value iteration) requires the model. Deep Q-learning is model-free too, so the table is not the point; rewards are essential to the update; and Q-learning does store a table (or network) of action values from which the policy is read.',
 -1.6, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:q-learning-7')::uuid, 'q-learning');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:q-learning-8')::uuid,
 'After training, a tabular Q-learning agent acts greedily. Which action does it choose in state s?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "The action with the largest immediate reward r(s, a) observed so far"}, {"key": "b", "text": "The action whose Q-value changed most in the last update"}, {"key": "c", "text": "The action argmax_a Q(s, a)"}, {"key": "d", "text": "The action that leads to the state with the largest max Q(s'', ·), ignoring Q(s, ·)"}]'::jsonb,
 '{"choice": "c"}'::jsonb,
 'The greedy policy picks the action with the highest estimated action value in the current state, argmax_a Q(s, a); Q(s, a) already folds in the immediate reward and the discounted value of what follows. Choosing by immediate reward ignores the future; the size of the last update measures learning progress, not quality; and choosing by the next state''s value would require a model of which state each action leads to, which Q-learning does not have.',
 -1.3, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:q-learning-8')::uuid, 'q-learning');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:q-learning-9')::uuid,
 'A corridor has states s0 → s1 → goal. Moving right from s1 reaches the terminal goal with reward 10; every other reward is 0. Tabular Q-learning starts with all Q = 0 and uses α = 1 and γ = 0.9. The agent runs the same path (right, right) in two episodes, updating after each step. What is Q(s0, right) after the second episode?',
 'NUMERIC',
 null,
 '{"value": 9, "tolerance": 0.001}'::jsonb,
 'Episode 1: at s0 the target is 0 + 0.9·Q(s1, right) = 0, so Q(s0, right) stays 0; at s1 the target is 10 (terminal, no bootstrap), so Q(s1, right) = 10. Episode 2: at s0 the target is 0 + 0.9·10 = 9, so Q(s0, right) = 9. The value propagates back one step per episode along the path; answering 0 forgets that the second episode sees the updated Q(s1, right), and 10 forgets the discount.',
 -0.7, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:q-learning-9')::uuid, 'q-learning');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:q-learning-10')::uuid,
 'Which statements about tabular Q-learning are true? Select all that apply.',
 'MULTIPLE_CHOICE',
 '[{"key": "a", "text": "It can learn the values of the greedy policy while the agent behaves ε-greedily."}, {"key": "b", "text": "It updates after each transition, without waiting for the episode to end."}, {"key": "c", "text": "It needs the environment''s transition probabilities to compute the max over next actions."}, {"key": "d", "text": "Its update uses the action the agent actually takes next in s''."}, {"key": "e", "text": "A larger learning rate α makes the table converge both faster and to more precise values."}]'::jsonb,
 '{"choices": ["a", "b"]}'::jsonb,
 'Q-learning is off-policy: the max in its target evaluates the greedy policy whatever exploratory action is taken, and as a TD method it updates after every step. The max is taken over the current table entries for s'', so no transition model is needed; using the action actually taken next is SARSA. A large α makes the estimates react quickly but keeps them noisy in stochastic environments: convergence needs decaying step sizes.',
 -0.3, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:q-learning-10')::uuid, 'q-learning');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:q-learning-11')::uuid,
 'In a continuing task the agent receives a reward of 1 on every step, whatever it does. With γ = 0.95, to what value do all Q(s, a) converge under Q-learning? Answer with a number.',
 'NUMERIC',
 null,
 '{"value": 20, "tolerance": 0.01}'::jsonb,
 'Every action gives the same reward stream 1, 1, 1, …, so Q = 1 + γ + γ² + … = 1 / (1 − γ) = 1 / 0.05 = 20; equivalently Q = 1 + 0.95·Q has the fixed point 20 (confirmed by iterating the update). Answering 1 ignores future rewards, and 19 drops the first reward. The 1 / (1 − γ) ''effective horizon'' is a handy sanity check for the scale of learned values.',
 0.4, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:q-learning-11')::uuid, 'q-learning');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:q-learning-12')::uuid,
 'In a stochastic environment with noisy rewards, your Q-learning agent''s values for rarely tried actions are systematically too high, and it keeps choosing them. What is the standard explanation and fix?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "The discount factor is too low; raising γ towards 1 averages out the noise and removes the upward bias"}, {"key": "b", "text": "Taking the max over noisy estimates is biased upwards; Double Q-learning decouples choosing from evaluating"}, {"key": "c", "text": "The target network is copied too rarely, so raise the copy frequency to every step"}, {"key": "d", "text": "The learning rate is constant, and any constant α produces value estimates that are biased upwards in noisy environments"}]'::jsonb,
 '{"choice": "b"}'::jsonb,
 'E[max of noisy estimates] ≥ max of true values, so the max in the target inflates values, most for actions with few, noisy samples (maximization bias). Double Q-learning (and Double DQN) keeps two estimates: one selects the argmax action and the other evaluates it, which removes most of the bias. Raising γ amplifies rather than removes the effect; copying the target network every step makes it useless for stability; and a constant α adds variance, not a systematic upward bias.',
 1.1, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:q-learning-12')::uuid, 'q-learning');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:q-learning-13')::uuid,
 'Semi-gradient Q-learning with a linear function approximator on a small problem sees its weights grow without bound. Which combination of ingredients is known to risk such divergence?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "Function approximation, bootstrapping and off-policy learning together"}, {"key": "b", "text": "A discount factor below 1 combined with episodic tasks and sparse rewards"}, {"key": "c", "text": "Tabular values, Monte Carlo returns and on-policy learning together"}, {"key": "d", "text": "ε-greedy exploration combined with a decaying learning rate"}]'::jsonb,
 '{"choice": "a"}'::jsonb,
 'Sutton and Barto call function approximation + bootstrapping + off-policy training the ''deadly triad'': each is useful, but together they can make TD updates diverge (Baird''s counterexample). DQN''s target network and replay buffer are partly mitigations. Tabular Monte Carlo on-policy learning has none of the three risk factors, a discount below 1 helps convergence rather than harming it, and ε-greedy with decaying step sizes is the standard setting in convergence proofs for the tabular case.',
 1.4, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:q-learning-13')::uuid, 'q-learning');

-- ======================================================================
-- Skill: rl-fundamentals
-- ======================================================================
update item set status = 'RETIRED', version = version + 1, updated_at = now() where id = md5('learnpath-seed-item:rl-fundamentals-3')::uuid;
update item set choices = '[{"key": "a", "text": "The reward signal the environment returns after each action the agent takes"}, {"key": "b", "text": "A mapping from states to actions, or to probabilities over actions"}, {"key": "c", "text": "The expected total discounted reward that can be obtained from each state"}, {"key": "d", "text": "The model of how the environment moves from one state to the next"}]'::jsonb,
    version = version + 1, updated_at = now()
  where id = md5('learnpath-seed-item:rl-fundamentals-1')::uuid;
update item set choices = '[{"key": "a", "text": "It becomes myopic, mainly maximizing the immediate reward"}, {"key": "b", "text": "It plans further ahead, weighting distant rewards more heavily"}, {"key": "c", "text": "It explores more, because future values matter less to it"}, {"key": "d", "text": "It discounts immediate rewards and values the final outcome most"}]'::jsonb, explanation = 'With γ near 0, the return is dominated by r1 because later rewards are multiplied by γ, γ², …, so the agent favours short-term gains; with γ near 1 it values distant rewards almost as much as immediate ones and behaves far-sightedly. The discount factor does not directly control exploration (that is, e.g., ε in ε-greedy), and the immediate reward is the one term γ never shrinks.',
    version = version + 1, updated_at = now()
  where id = md5('learnpath-seed-item:rl-fundamentals-4')::uuid;
update item set choices = '[{"key": "a", "text": "State: the user''s history and context; action: whether the user clicks or skips; reward: watch time; episode: a session"}, {"key": "b", "text": "State: the model''s weights; action: a gradient step; reward: the training loss"}, {"key": "c", "text": "State: the user''s recent history and context; action: the title(s) shown; reward: engagement, e.g. watch time"}, {"key": "d", "text": "State: the user''s history and context; action: the title(s) shown; reward: the model''s own predicted rating of them"}]'::jsonb, explanation = 'The state should summarize what the agent knows when it acts (the user''s history and context), the action is what the agent controls (which titles to show), and the reward is feedback from the environment that it wants to maximize (engagement), with a session as a natural episode. The user''s click or skip is the environment''s response, not the agent''s action; model weights and gradient steps describe training, not the environment; and a reward computed from the agent''s own predictions lets it reward itself for whatever it already believes instead of learning from real feedback.',
    version = version + 1, updated_at = now()
  where id = md5('learnpath-seed-item:rl-fundamentals-6')::uuid;
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:rl-fundamentals-7')::uuid,
 'In the reinforcement-learning interaction loop, what does the agent receive from the environment after each action?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "The action it should have taken in the previous state"}, {"key": "b", "text": "The next state (or observation) and a scalar reward"}, {"key": "c", "text": "The gradient of the return with respect to its policy parameters"}, {"key": "d", "text": "The full transition model of the environment for that state"}]'::jsonb,
 '{"choice": "b"}'::jsonb,
 'At each step the agent acts, and the environment answers with a new state or observation and a reward (and whether the episode ended). Nobody tells the agent the correct action, as a supervised label would; gradients are computed by the learning algorithm, not supplied by the environment; and the dynamics stay hidden, which is why model-free methods learn from samples.',
 -1.5, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:rl-fundamentals-7')::uuid, 'rl-fundamentals');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:rl-fundamentals-8')::uuid,
 'Which of these tasks are naturally continuing tasks (no terminal state) rather than episodic ones? Select all that apply.',
 'MULTIPLE_CHOICE',
 '[{"key": "a", "text": "Controlling a data centre''s cooling system, which runs around the clock."}, {"key": "b", "text": "Playing one game of chess until checkmate or a draw."}, {"key": "c", "text": "Guiding a robot through a maze until it reaches the exit."}, {"key": "d", "text": "Restocking a warehouse every day under an open-ended inventory policy."}, {"key": "e", "text": "A customer-support chatbot conversation that ends when the user logs out."}]'::jsonb,
 '{"choices": ["a", "d"]}'::jsonb,
 'Continuing tasks go on without a natural end, so returns need γ < 1 (or an average-reward formulation) to stay finite: cooling control and open-ended inventory management are examples. A chess game, a maze run and a chatbot session each end in a terminal state, so they are episodic: the return is summed until the episode ends and the environment is reset.',
 -1.2, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:rl-fundamentals-8')::uuid, 'rl-fundamentals');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:rl-fundamentals-9')::uuid,
 'What does it mean that an environment''s state has the Markov property?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "The next state and reward depend only on the current state and action, not on earlier history"}, {"key": "b", "text": "Each action taken in a state leads to one fixed next state, so transitions are deterministic"}, {"key": "c", "text": "The agent''s policy depends only on the most recent reward it received"}, {"key": "d", "text": "States are visited in a fixed order that repeats in every episode"}]'::jsonb,
 '{"choice": "a"}'::jsonb,
 'A Markov state summarizes everything relevant about the past: P(s'', r | s, a) is the same whatever happened before. Transitions can still be random, so the property says nothing about determinism; it is a property of the environment''s state, not of the policy or the last reward; and it places no constraint on the order of visits. When observations are not Markov (e.g. a single video frame without velocity), stacking frames or using a recurrent state restores it approximately.',
 -0.8, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:rl-fundamentals-9')::uuid, 'rl-fundamentals');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:rl-fundamentals-10')::uuid,
 'Which equation, named after the mathematician who introduced dynamic programming, writes a value as the expected immediate reward plus the discounted value of the successor state, e.g. V(s) = E[r + γ·V(s'')]? Give its name.',
 'SHORT_TEXT',
 null,
 '{"accepted": ["Bellman equation", "the Bellman equation", "Bellman equations", "the Bellman equations", "Bellman", "Bellman''s equation", "Bellman expectation equation", "Bellman optimality equation", "the Bellman optimality equation"]}'::jsonb,
 'The Bellman equation expresses a value recursively: one step of reward plus the discounted value of where you land. Its expectation form defines V^π and Q^π for a policy, and its optimality form, with a max over actions, defines V* and Q*; TD learning and Q-learning turn these equations into sample-based updates, and value iteration applies them with a known model.',
 -0.4, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:rl-fundamentals-10')::uuid, 'rl-fundamentals');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:rl-fundamentals-11')::uuid,
 'In state s a policy picks action a1 with probability 0.5 (reward 1, then state s1 with V(s1) = 4) and action a2 with probability 0.5 (reward 3, then state s2 with V(s2) = 2). Transitions are deterministic and γ = 0.9. What is V(s)? Round to two decimals.',
 'NUMERIC',
 null,
 '{"value": 4.7, "tolerance": 0.005}'::jsonb,
 'V(s) = Σ_a π(a|s)·[r + γ·V(s'')] = 0.5·(1 + 0.9·4) + 0.5·(3 + 0.9·2) = 0.5·4.6 + 0.5·4.8 = 2.3 + 2.4 = 4.70. Forgetting the discount gives 5.0, and averaging only the immediate rewards gives 2.0.',
 0.3, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:rl-fundamentals-11')::uuid, 'rl-fundamentals');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:rl-fundamentals-12')::uuid,
 'A cleaning robot gets +1 for every piece of dirt it picks up. After training, it learns to tip dirt out of its bin and pick it up again. What is the best diagnosis?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "γ is too high, so it values future pickups too much; lowering γ makes it clean normally"}, {"key": "b", "text": "It has not explored enough; a larger ε would lead it to discover the intended behaviour"}, {"key": "c", "text": "The reward is a proxy the agent exploits (reward hacking); reward the intended outcome, such as a clean floor"}, {"key": "d", "text": "The state lacks the time of day, which breaks the Markov property and causes the loop"}]'::jsonb,
 '{"choice": "c"}'::jsonb,
 'The agent maximizes exactly what is rewarded, and +1 per pickup is maximized by recycling dirt. The fix is in the reward design: reward the state of the world you want (dirt removed from the floor, penalties for spilling) and test for exploits. A smaller γ would only make it more short-sighted, and the exploit is already a high-reward strategy, so more exploration finds it sooner; the time of day does not explain the behaviour.',
 1.1, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:rl-fundamentals-12')::uuid, 'rl-fundamentals');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:rl-fundamentals-13')::uuid,
 'You want to estimate, from logs collected by the current recommendation policy, how much reward a new policy would earn, before any online test. Why is the average logged reward per action the new policy would also choose not a sound estimate?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "It is sound once the logs are large enough, because averages converge to the new policy''s value"}, {"key": "b", "text": "Logged rewards need to be discounted with γ first, after which the simple average becomes unbiased"}, {"key": "c", "text": "The old policy decided which actions were logged; reweight by π_new(a|s) / π_old(a|s)"}, {"key": "d", "text": "Train the new policy on the logs first, after which its training reward is the estimate"}]'::jsonb,
 '{"choice": "c"}'::jsonb,
 'The logs only show rewards for actions the old policy chose, in the states where it chose them, so the data are biased towards its preferences. Off-policy evaluation corrects this with importance weights π_new(a|s) / π_old(a|s) (inverse propensity scoring, or doubly robust estimators), which requires logging the old policy''s action probabilities and needs the old policy to give non-zero probability to the new policy''s actions. More data does not remove a selection bias, discounting does not address it, and a training reward on the same logs is an optimistic in-sample figure.',
 1.4, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:rl-fundamentals-13')::uuid, 'rl-fundamentals');

-- ======================================================================
-- Skill: recommender-systems
-- ======================================================================
update item set choices = '[{"key": "a", "text": "CF needs item descriptions such as genre and text, while content-based filtering needs only the rating matrix"}, {"key": "b", "text": "CF learns from patterns in user–item interactions; content-based matches item attributes to a user''s history"}, {"key": "c", "text": "CF recommends the most popular items overall, while content-based filtering personalizes by user demographics"}, {"key": "d", "text": "Content-based filtering compares users with each other, while CF compares items by their descriptions"}]'::jsonb, explanation = 'Collaborative filtering (CF) infers preferences from the interaction matrix alone (''people who liked X also liked Y''), whereas content-based filtering matches item features (genre, text, price) to a profile built from what the user engaged with. The first option swaps the two data requirements; popularity ranking is a non-personalized baseline and demographic filtering a different family; comparing users is user-based CF, while comparing item descriptions is content-based, not CF.',
    version = version + 1, updated_at = now()
  where id = md5('learnpath-seed-item:recommender-systems-1')::uuid;
update item set choices = '[{"key": "a", "text": "Item-based collaborative filtering, by finding items with similar rating vectors"}, {"key": "b", "text": "Matrix factorization, by reading the new product''s vector from the trained model"}, {"key": "c", "text": "Content-based filtering on the product''s attributes, or a hybrid model"}, {"key": "d", "text": "None until it has interactions; a popularity ranking is the only fallback"}]'::jsonb, explanation = 'This is the item cold-start problem: collaborative methods such as item-based CF and matrix factorization learn about an item only from its interactions, so an item with none has no rating vector to compare and no trained item vector. Content-based or hybrid models can score it from its attributes straight away, and exploration (showing new items to some users) gathers the interactions collaborative methods need; a new item with no interactions would not even rank in a popularity list.',
    version = version + 1, updated_at = now()
  where id = md5('learnpath-seed-item:recommender-systems-2')::uuid;
update item set choices = '[{"key": "a", "text": "Nothing is wrong; with implicit data a missing click is the best available evidence of dislike"}, {"key": "b", "text": "Clicks have to be converted to 1–5 star ratings first, since factorization needs graded explicit feedback"}, {"key": "c", "text": "The matrix is too sparse for factorization to work, so a popularity ranking should replace the model"}, {"key": "d", "text": "A missing click mostly means unseen, not disliked: use weighted ALS or BPR with sampled negatives"}]'::jsonb,
    version = version + 1, updated_at = now()
  where id = md5('learnpath-seed-item:recommender-systems-6')::uuid;
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:recommender-systems-7')::uuid,
 'Which of these signals is implicit feedback?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "A 1–5 star rating left after a purchase"}, {"key": "b", "text": "A thumbs-up or thumbs-down button"}, {"key": "c", "text": "Purchase and watch-time logs"}, {"key": "d", "text": "A written review with a numeric score"}]'::jsonb,
 '{"choice": "c"}'::jsonb,
 'Implicit feedback is inferred from behaviour (clicks, purchases, watch time, skips): plentiful but noisy, and it has no explicit negatives. Star ratings, thumbs up/down and scored reviews are explicit feedback: the user states a preference on purpose, which is clearer but much rarer.',
 -1.6, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:recommender-systems-7')::uuid, 'recommender-systems');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:recommender-systems-8')::uuid,
 'How does user-based collaborative filtering predict user u''s interest in an item u has not rated?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "It compares the item''s attributes with a profile built from the attributes of items u liked before"}, {"key": "b", "text": "It combines the ratings that users similar to u gave that item, weighted by their similarity"}, {"key": "c", "text": "It ranks the item by its average rating over all users who rated it"}, {"key": "d", "text": "It uses the average rating that u''s age and location group gave the item"}]'::jsonb,
 '{"choice": "b"}'::jsonb,
 'User-based CF finds neighbours, users whose past ratings resemble u''s (e.g. by cosine or Pearson similarity), and predicts from their ratings of the item, weighted by similarity. Matching attributes is content-based filtering, the overall average is a non-personalized popularity baseline, and averaging within a demographic group is demographic filtering, which ignores u''s own behaviour.',
 -1.3, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:recommender-systems-8')::uuid, 'recommender-systems');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:recommender-systems-9')::uuid,
 'Two users each get a ranked list. User A''s first relevant item is at rank 3; user B''s first relevant item is at rank 1. What is the mean reciprocal rank (MRR) over the two users? Round to three decimals.',
 'NUMERIC',
 null,
 '{"value": 0.667, "tolerance": 0.0005}'::jsonb,
 'The reciprocal rank is 1 / (rank of the first relevant item): 1/3 for A and 1/1 for B. MRR = (1/3 + 1) / 2 = 0.667. Averaging the ranks first ((3 + 1)/2 = 2, giving 0.5) is the usual mistake. MRR suits tasks where the user needs one good hit, such as search or ''next item'' recommendation.',
 -0.5, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:recommender-systems-9')::uuid, 'recommender-systems');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:recommender-systems-10')::uuid,
 'Which practices make an offline evaluation of a recommender trustworthy? Select all that apply.',
 'MULTIPLE_CHOICE',
 '[{"key": "a", "text": "Split interactions by time: train on the past and evaluate on a later period."}, {"key": "b", "text": "Shuffle all interactions randomly, so that a user''s later clicks can be in the training set."}, {"key": "c", "text": "Compare the model with a simple popularity baseline."}, {"key": "d", "text": "Report ranking metrics such as recall@k or NDCG@k, averaged over users."}, {"key": "e", "text": "Exclude items seen in training from a user''s ranked list when the product does not show them again."}, {"key": "f", "text": "Report only the RMSE of predicted ratings, since a low RMSE implies good top-k lists."}]'::jsonb,
 '{"choices": ["a", "c", "d", "e"]}'::jsonb,
 'A temporal split mirrors deployment (predict the future from the past), whereas a random split lets the model learn from a user''s future behaviour. Popularity is a strong baseline that many models barely beat. Recommenders show short ranked lists, so ranking metrics per user fit the task, and already-consumed items should be removed from the ranking if the product does so. A low rating RMSE does not guarantee good top-k rankings, because it is dominated by the many items a user would never see.',
 -0.3, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:recommender-systems-10')::uuid, 'recommender-systems');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:recommender-systems-11')::uuid,
 'Months after launch, the share of sales from the top 1% of items keeps rising, and newly added items rarely get shown. What is the most likely cause?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "Users'' tastes drifted towards bestsellers, which retraining more often will follow"}, {"key": "b", "text": "A feedback loop: the model learns from clicks on what it showed, so popular items gain exposure"}, {"key": "c", "text": "The embedding dimension is too small, so all items collapse into a few clusters dominated by bestsellers"}, {"key": "d", "text": "Test data leaked into training, which inflates the scores of popular items"}]'::jsonb,
 '{"choice": "b"}'::jsonb,
 'The model is trained on interactions that its own recommendations produced, so items it already favours get more exposure, more clicks and even higher scores, while new items never collect data (popularity bias amplified by a feedback loop). Remedies include exploration slots for new items, popularity-debiased training and diversity or coverage objectives. Retraining more often on the same loop strengthens it, and neither the embedding size nor leakage explains a steadily growing concentration.',
 1.1, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:recommender-systems-11')::uuid, 'recommender-systems');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:recommender-systems-12')::uuid,
 'A new ranking model beats the current one on offline NDCG@10 computed from logged clicks, but in an A/B test its click-through rate is lower. What is the most likely reason?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "NDCG@10 only counts the top 10 items, while the A/B test counts clicks on the whole page"}, {"key": "b", "text": "The offline test set was too small, so the NDCG gain is noise whatever the model"}, {"key": "c", "text": "Logged clicks exist only for items the old system chose to show, so offline metrics reward imitating it"}, {"key": "d", "text": "A/B tests measure clicks per session, a unit too different from per-list offline metrics to compare"}]'::jsonb,
 '{"choice": "c"}'::jsonb,
 'Logged data are shaped by the current policy: items it never showed have no clicks, and items at the top got clicks partly because of their position. A model that reproduces the old ranking scores well offline, while a model that would surface unseen good items is not rewarded. Counterfactual (inverse-propensity) evaluation, interleaving or A/B tests address this exposure and position bias. The top-10 cut-off or sample size might add noise but do not explain a systematic reversal, and A/B outcomes are exactly what offline metrics try to predict.',
 1.4, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:recommender-systems-12')::uuid, 'recommender-systems');

-- ======================================================================
-- Skill: recurrent-networks
-- ======================================================================
update item set choices = '[{"key": "a", "text": "It processes each time step independently, with a separate set of weights for every position"}, {"key": "b", "text": "It updates a hidden state h_t = f(W_x·x_t + W_h·h_{t−1} + b), reusing the same weights at each step"}, {"key": "c", "text": "It attends to all positions at once, weighting them by query–key similarity"}, {"key": "d", "text": "It slides one shared filter over fixed-size windows of neighbouring steps, keeping no state between windows"}]'::jsonb, explanation = 'An RNN carries a hidden state that summarizes the sequence so far and updates it step by step with the same parameters, which lets it handle sequences of any length. Separate per-position weights would not generalize across positions or lengths, query–key weighting of all positions is attention as in transformers, and a filter sliding over windows with no carried state is a 1-D convolution, whose view of the past is limited to its receptive field.',
    version = version + 1, updated_at = now()
  where id = md5('learnpath-seed-item:recurrent-networks-1')::uuid;
update item set stem = 'An RNN is trained by laying its recurrence out as one deep feed-forward graph, with one copy of the shared weights per sequence step, and sending the gradient of the loss back through all those copies. What is this training algorithm called? Give the full name or its common abbreviation.',
    version = version + 1, updated_at = now()
  where id = md5('learnpath-seed-item:recurrent-networks-3')::uuid;
update item set choices = '[{"key": "a", "text": "The hidden state has far fewer units than the sequence has steps, so early inputs are overwritten by design"}, {"key": "b", "text": "The hidden state is reset to zero after each step, so only a short window of inputs is remembered"}, {"key": "c", "text": "The number of weights grows with the sequence length, so long sequences overfit"}, {"key": "d", "text": "Over many steps the gradient is multiplied by the recurrent Jacobian again and again, so it vanishes or explodes"}]'::jsonb, explanation = 'The gradient from a late loss to an early input passes through a product of many per-step Jacobians; if their norms are mostly below 1 it shrinks exponentially, if above 1 it blows up, so long-range credit assignment fails. A small hidden state limits capacity but does not by itself prevent learning to keep a few important facts, which gated RNNs of the same size manage; the hidden state is carried forward rather than reset; and RNN weights are shared across steps, so they do not grow with the sequence.',
    version = version + 1, updated_at = now()
  where id = md5('learnpath-seed-item:recurrent-networks-4')::uuid;
update item set choices = '[{"key": "a", "text": "Real-time next-step forecasting of sensor readings as they stream in"}, {"key": "b", "text": "Tagging each word of a complete, already written sentence with its part of speech"}, {"key": "c", "text": "Classifying the sentiment of a finished product review"}, {"key": "d", "text": "Named-entity recognition on archived news articles"}]'::jsonb,
    version = version + 1, updated_at = now()
  where id = md5('learnpath-seed-item:recurrent-networks-6')::uuid;
update item set choices = '[{"key": "a", "text": "LSTM gates keep the gradients bounded, so gradient clipping is unnecessary for LSTMs."}, {"key": "b", "text": "The LSTM forget gate controls how much of the previous cell state is kept."}, {"key": "c", "text": "A GRU has more gates, and therefore more parameters, than an LSTM with the same hidden size."}, {"key": "d", "text": "LSTMs process all time steps of a sequence in parallel, like a transformer."}, {"key": "e", "text": "The LSTM''s mostly additive cell-state update lets gradients flow across many steps more easily than in a vanilla RNN."}]'::jsonb,
    version = version + 1, updated_at = now()
  where id = md5('learnpath-seed-item:recurrent-networks-5')::uuid;
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:recurrent-networks-7')::uuid,
 'lstm = nn.LSTM(input_size=10, hidden_size=32, batch_first=True) receives x of shape (8, 50, 10). What is the shape of output in output, (h_n, c_n) = lstm(x)?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "(8, 32)"}, {"key": "b", "text": "(8, 50, 32)"}, {"key": "c", "text": "(50, 8, 32)"}, {"key": "d", "text": "(8, 50, 10)"}]'::jsonb,
 '{"choice": "b"}'::jsonb,
 'With batch_first=True the input is (batch, sequence, features) = (8, 50, 10), and output holds the last layer''s hidden state at every time step: (batch, sequence, hidden_size) = (8, 50, 32). (8, 32) is the shape of the final hidden state for one layer (h_n is (1, 8, 32), layers first), (50, 8, 32) is the layout without batch_first, and the feature size changes from input_size to hidden_size.',
 -1.1, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:recurrent-networks-7')::uuid, 'recurrent-networks');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:recurrent-networks-8')::uuid,
 'What does gradient clipping, e.g. torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0), protect against when training an RNN?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "Vanishing gradients, by raising every small gradient up to a minimum norm before the step"}, {"key": "b", "text": "Exploding gradients, by rescaling the gradient when its norm exceeds a threshold"}, {"key": "c", "text": "Overfitting, by limiting the size of the weights like an L2 penalty"}, {"key": "d", "text": "Slow training, by skipping updates whose gradient is too small to matter"}]'::jsonb,
 '{"choice": "b"}'::jsonb,
 'When the total gradient norm exceeds the threshold, clip_grad_norm_ scales all gradients down so that the norm equals it, keeping the direction; this prevents the huge steps that exploding gradients cause in recurrent networks. It never enlarges small gradients (vanishing gradients need gated cells, skip connections or better initialization), it constrains the update, not the weights themselves, and it skips no updates.',
 -1.4, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:recurrent-networks-8')::uuid, 'recurrent-networks');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:recurrent-networks-9')::uuid,
 'An LSTM layer has four gate blocks; each has a weight matrix on the input, a weight matrix on the previous hidden state and one bias vector (the Keras convention). With input size 10 and hidden size 32, how many parameters does the layer have? Answer with a whole number.',
 'NUMERIC',
 null,
 '{"value": 5504, "tolerance": 0}'::jsonb,
 'Each block has 32·10 input weights, 32·32 recurrent weights and 32 biases = 320 + 1024 + 32 = 1,376; four blocks give 4·1,376 = 5,504. PyTorch''s nn.LSTM keeps two bias vectors per block (b_ih and b_hh), so it reports 5,632 for the same sizes. A GRU has three blocks instead of four.',
 -0.7, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:recurrent-networks-9')::uuid, 'recurrent-networks');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:recurrent-networks-10')::uuid,
 'Sequences in a training batch have different lengths. Which are sound ways to feed them to an RNN? Select all that apply.',
 'MULTIPLE_CHOICE',
 '[{"key": "a", "text": "Pad them to a common length and mask the padded steps (or use pack_padded_sequence in PyTorch)."}, {"key": "b", "text": "Group sequences of similar length into the same batches (bucketing) to reduce padding."}, {"key": "c", "text": "Split very long sequences into chunks and carry the hidden state across chunks."}, {"key": "d", "text": "Sort the tokens inside each sequence by frequency so that all sequences get the same length."}, {"key": "e", "text": "Train a separate RNN for every sequence length that occurs."}]'::jsonb,
 '{"choices": ["a", "b", "c"]}'::jsonb,
 'Padding with masking (or packing) lets a batch hold different lengths without the padding affecting outputs or loss, bucketing cuts the wasted computation on padding, and chunking long sequences with carried state is truncated BPTT. Sorting tokens destroys the order the RNN is meant to model and does not change lengths, and one RNN per length throws away the weight sharing that lets a single RNN handle any length.',
 -0.3, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:recurrent-networks-10')::uuid, 'recurrent-networks');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:recurrent-networks-11')::uuid,
 'A sequence-to-sequence RNN was trained with teacher forcing and has a good validation loss, also computed with teacher forcing. When it generates text on its own, errors pile up after a few tokens. What is the most likely cause?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "In training it was fed the true previous token; when generating it is fed its own, possibly wrong, outputs"}, {"key": "b", "text": "Teacher forcing causes vanishing gradients, so the decoder did not learn to produce long outputs"}, {"key": "c", "text": "Validation loss was computed with dropout active, which hides errors in generation"}, {"key": "d", "text": "The encoder''s final hidden state is too large for the decoder to use"}]'::jsonb,
 '{"choice": "a"}'::jsonb,
 'Teacher forcing conditions each decoder step on the ground-truth previous token, so the model never practises recovering from its own mistakes, and a teacher-forced validation loss shares this blind spot (exposure bias). Evaluate by free-running generation and consider scheduled sampling or sequence-level training. Teacher forcing actually eases gradient flow during training, validation normally runs in eval mode without dropout, and a larger hidden state gives the decoder more information, not less.',
 1.1, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:recurrent-networks-11')::uuid, 'recurrent-networks');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:recurrent-networks-12')::uuid,
 'A stateful LSTM language model passes the hidden state from each batch to the next (consecutive text chunks). From the second batch on, training fails with ''Trying to backward through the graph a second time'', or memory keeps growing. What is the fix?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "Reset the hidden state to zeros for every batch, since carrying state over is the bug"}, {"key": "b", "text": "Call loss.backward(retain_graph=True) so that the whole history stays differentiable"}, {"key": "c", "text": "Detach the carried hidden state (h.detach(), c.detach()) before each batch"}, {"key": "d", "text": "Move optimizer.zero_grad() after optimizer.step() so the old gradients are cleared"}]'::jsonb,
 '{"choice": "c"}'::jsonb,
 'The carried state still references the previous batches'' computation graph, so backward tries to go through it again (already freed) or, with retain_graph, keeps every batch''s graph alive. Detaching the state keeps its values but cuts the graph: truncated backpropagation through time over one chunk. Resetting to zeros fixes the error but throws away the context the stateful setup is meant to carry; retain_graph=True makes memory and time grow with every batch; and where zero_grad is called does not affect the graph.',
 1.4, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:recurrent-networks-12')::uuid, 'recurrent-networks');

-- ======================================================================
-- Skill: ml-problem-framing
-- ======================================================================
update item set choices = '[{"key": "a", "text": "Predict churn using every available column, including the account-status fields, and report the accuracy of the best model from a broad search"}, {"key": "b", "text": "Cluster the customers on their usage data first, then let the retention team decide which clusters to call ''churners'' and target"}, {"key": "c", "text": "Each Monday, score active subscribers'' risk of cancelling within 30 days from data up to that day; measure recall in the top 5%"}, {"key": "d", "text": "Predict which customers have already cancelled from their full history, maximizing accuracy, and contact the customers the model flags"}]'::jsonb, explanation = 'A good framing fixes the prediction unit and time (each active subscriber, every Monday), the target with its horizon (cancellation within 30 days), the information cut-off that prevents leakage (data up to that day), and a success metric tied to how predictions will be used (recall among the top 5% the retention team can contact, compared with a simple rule baseline). Using every column, account-status fields included, invites leakage and optimizes accuracy on a rare event; clustering does not target churn at all; and predicting past cancellations is useless for intervention.',
    version = version + 1, updated_at = now()
  where id = md5('learnpath-seed-item:ml-problem-framing-2')::uuid;
update item set choices = '[{"key": "a", "text": "Flagging likely fraudulent card transactions as they arrive"}, {"key": "b", "text": "Forecasting next week''s demand for each product in each store"}, {"key": "c", "text": "Detecting scratches and dents in photos of finished products"}, {"key": "d", "text": "Looking up shipping cost in a published rate table"}]'::jsonb,
    version = version + 1, updated_at = now()
  where id = md5('learnpath-seed-item:ml-problem-framing-3')::uuid;
update item set choices = '[{"key": "a", "text": "Precision (and recall) among the 100 top-scored orders each day, against a rule baseline"}, {"key": "b", "text": "Overall accuracy on all 20,000 daily orders, since every order gets a prediction"}, {"key": "c", "text": "R² of the predicted delivery times, which uses the full detail of each delay"}, {"key": "d", "text": "ROC AUC over all the day''s orders, which summarizes ranking quality at every possible threshold"}]'::jsonb, explanation = 'The business can only act on 100 orders, so what matters is how many of those 100 are truly at risk (and what share of all late orders they cover); a metric at that budget, precision@100, captures this directly. Accuracy is about 97% for a model that predicts ''on time'' everywhere; R² evaluates a different (regression) target; and ROC AUC averages over all thresholds, most of them far from the top 100, so two models with the same AUC can differ a lot where the team actually acts.',
    version = version + 1, updated_at = now()
  where id = md5('learnpath-seed-item:ml-problem-framing-5')::uuid;
update item set choices = '[{"key": "a", "text": "Clicks are a proxy that diverges from the goal (clickbait wins); target dwell time or retention, with guardrail metrics"}, {"key": "b", "text": "The model is underfitting: with more features and more capacity, its click predictions would line up with reader satisfaction"}, {"key": "c", "text": "Click prediction should have been a regression on click counts, which captures the intensity of interest"}, {"key": "d", "text": "Position bias in the logs: top slots got more clicks, so the model learned positions rather than relevance"}]'::jsonb, explanation = 'The model did what it was asked, and maximizing clicks favours sensational headlines that disappoint readers, so the proxy target drifted away from the objective. Better framings use targets closer to value (quality-adjusted dwell time, return visits, renewals) and monitor guardrail metrics. A better-fitting click model would optimize the wrong target even harder, a regression on click counts is still a click target, and position bias distorts click data but would not explain clicks rising while reading time and renewals fall.',
    version = version + 1, updated_at = now()
  where id = md5('learnpath-seed-item:ml-problem-framing-6')::uuid;
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:ml-problem-framing-7')::uuid,
 'A manager asks you to ''build a model on our customer data''. Which question should the framing answer first?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "Which algorithm reached the highest accuracy on similar problems elsewhere?"}, {"key": "b", "text": "What decision will the prediction change, and who will act on it?"}, {"key": "c", "text": "How many GPUs will training need, and which cloud should host them?"}, {"key": "d", "text": "Which columns does the data warehouse already hold for customers?"}]'::jsonb,
 '{"choice": "b"}'::jsonb,
 'A model is only worth building if its output changes a decision, so framing starts from the decision, the person or system that acts on the prediction, and when. That fixes the target, the prediction time and the success metric. Algorithm choice, compute and the available columns matter later; starting from them produces models nobody uses.',
 -1.6, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:ml-problem-framing-7')::uuid, 'ml-problem-framing');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:ml-problem-framing-8')::uuid,
 'A bank wants to predict loan default at the moment an application is approved. Which target definition is framed well?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "Default = the applicant seems financially stressed, in the judgement of an analyst"}, {"key": "b", "text": "Default = at least one missed payment at any time during the loan''s life"}, {"key": "c", "text": "Default = 90 or more days past due within 12 months after origination"}, {"key": "d", "text": "Default = a high risk score from the current rule-based system"}]'::jsonb,
 '{"choice": "c"}'::jsonb,
 'A usable target is objective, measurable from data and has a fixed horizon, so that every training loan has had the same time to default and labels exist for recent cohorts after 12 months. An analyst''s impression is subjective; ''any missed payment at any time'' has no horizon (older loans look worse simply because they have been observed longer) and counts harmless late payments; and learning the old rule''s score only copies the current system.',
 -1.3, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:ml-problem-framing-8')::uuid, 'ml-problem-framing');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:ml-problem-framing-9')::uuid,
 'Which signs suggest that a problem is a good fit for machine learning? Select all that apply.',
 'MULTIPLE_CHOICE',
 '[{"key": "a", "text": "The pattern is hard to write down as rules but is reflected in historical data."}, {"key": "b", "text": "Labelled examples exist, or can be collected at a reasonable cost."}, {"key": "c", "text": "Occasional wrong predictions are tolerable or can be caught downstream."}, {"key": "d", "text": "The decision rule is known exactly and has to be fully auditable line by line."}, {"key": "e", "text": "Only about twenty historical cases are available."}, {"key": "f", "text": "The patterns shift over time, so the system has to adapt from new data."}]'::jsonb,
 '{"choices": ["a", "b", "c", "f"]}'::jsonb,
 'ML pays off when the mapping is too complex for hand-written rules, data with labels (or a way to get them) exist, errors are acceptable or caught, and the environment changes so that retraining on new data beats rewriting rules. A known exact rule is better implemented directly, which is also easier to audit, and twenty cases are far too few to learn a reliable model; simple rules or expert judgement fit there.',
 -0.6, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:ml-problem-framing-9')::uuid, 'ml-problem-framing');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:ml-problem-framing-10')::uuid,
 'Reviewing a flagged order costs $2. Each flagged order that really would have been late saves $30. The model flags 100 orders per day with a precision of 0.25. What is the net value per day in dollars? Answer with a number.',
 'NUMERIC',
 null,
 '{"value": 550, "tolerance": 0.5}'::jsonb,
 '100 flags at precision 0.25 catch 25 late orders, worth 25·30 = $750, and all 100 reviews cost 100·2 = $200, so the net value is $550 per day. Ignoring the review cost gives 750, and charging reviews only for false alarms gives 750 − 150 = 600. Turning metrics into money this way shows whether a model beats doing nothing, and where to set the threshold.',
 -0.3, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:ml-problem-framing-10')::uuid, 'ml-problem-framing');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:ml-problem-framing-11')::uuid,
 'An online shop wants its search results ordered so that the products a user is most likely to buy appear first. Which framing fits best?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "Multi-class classification, with one class for each product in the catalogue, predicted per query"}, {"key": "b", "text": "Learning to rank: score products per query and evaluate the ordering, e.g. with NDCG"}, {"key": "c", "text": "Regression of each product''s price, showing the best-value products first"}, {"key": "d", "text": "Clustering products into relevance groups and showing the largest group first"}]'::jsonb,
 '{"choice": "b"}'::jsonb,
 'The output the business needs is an ordering per query, so the problem is framed as ranking: a model scores query–product pairs (pointwise, pairwise or listwise), and ranking metrics such as NDCG or MRR measure the top of the list. One class per product does not scale and ignores the query, price is a different target, and clustering has no notion of which results should come first.',
 0.5, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:ml-problem-framing-11')::uuid, 'ml-problem-framing');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:ml-problem-framing-12')::uuid,
 'A lender trains a default model on its past loans, all of which were approved by the old policy, and plans to use it to score every new applicant. What is the main framing problem?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "Class imbalance: defaults are rare, so resampling the training data solves the problem"}, {"key": "b", "text": "Selection bias: outcomes exist only for approved applicants, not for the population to be scored"}, {"key": "c", "text": "Concept drift: the economy changes, so the model will decay over the next months and need retraining"}, {"key": "d", "text": "Overfitting: historical loans carry too many features compared with the number of defaults"}]'::jsonb,
 '{"choice": "b"}'::jsonb,
 'Labels exist only where the old policy said yes, so rejected applicants, often the riskiest, are missing from training, yet the model will score them (the ''reject inference'' problem). Remedies include approving a small random sample to collect outcomes, reject-inference techniques and careful validation on the intended population. Imbalance, drift and overfitting are real concerns, but none of them fixes training on a different population from the one you score.',
 1.2, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:ml-problem-framing-12')::uuid, 'ml-problem-framing');

-- ======================================================================
-- Skill: model-deployment-monitoring
-- ======================================================================
update item set choices = '[{"key": "a", "text": "Save only the LogisticRegression coefficients and refit the scaler on the incoming production data"}, {"key": "b", "text": "Save the whole fitted pipeline (e.g. joblib.dump) and load it with the same library versions"}, {"key": "c", "text": "Save the training data and refit the pipeline inside the API at start-up, so each deployment gets a fresh fit"}, {"key": "d", "text": "Export the notebook as a script and run all of its cells in the serving container for each request"}]'::jsonb, explanation = 'Persisting the entire fitted pipeline keeps preprocessing and model together, so serving applies exactly the transformations learned in training; pin the scikit-learn version, because pickled estimators are not guaranteed to load across versions, and only load files from trusted sources (alternatives include skops or ONNX). Refitting the scaler on production data creates training-serving skew, refitting at start-up makes every deployment a different, unvalidated model, and rerunning a notebook per request is slow and not a reproducible artefact.',
    version = version + 1, updated_at = now()
  where id = md5('learnpath-seed-item:model-deployment-monitoring-1')::uuid;
update item set choices = '[{"key": "a", "text": "Data drift: the share of each class P(y) changes; concept drift: the input features change their schema"}, {"key": "b", "text": "Data drift needs labels to detect, while concept drift shows up in the input statistics alone"}, {"key": "c", "text": "Data drift: the input distribution P(X) changes; concept drift: the relationship P(y | X) changes"}, {"key": "d", "text": "Data drift: the relationship P(y | X) changes; concept drift: the input distribution P(X) changes"}]'::jsonb, explanation = 'Under data (covariate) drift the model sees inputs unlike its training data, for example a new customer demographic, while the input-output relationship may be unchanged; under concept drift the same inputs now imply different outcomes, for example fraud tactics changing. The last option swaps the two definitions. A change in class shares P(y) is label (prior) shift, a third kind of dataset shift, and a schema change is a data-quality failure, not concept drift. Detection runs the other way round: input drift can be seen from unlabelled inputs, whereas concept drift needs labels or proxies.',
    version = version + 1, updated_at = now()
  where id = md5('learnpath-seed-item:model-deployment-monitoring-2')::uuid;
update item set choices = '[{"key": "a", "text": "Batch prediction: a nightly job scores the table and writes the results to a database"}, {"key": "b", "text": "A low-latency REST endpoint, called for each customer while the email is assembled"}, {"key": "c", "text": "An on-device model inside the mobile app that scores the customer when the app opens"}, {"key": "d", "text": "Streaming inference that rescores each customer on every click event through the night"}]'::jsonb,
    version = version + 1, updated_at = now()
  where id = md5('learnpath-seed-item:model-deployment-monitoring-3')::uuid;
update item set choices = '[{"key": "a", "text": "Concept drift: the link between spend and churn changed at launch, so retrain the model every day on fresh data"}, {"key": "b", "text": "Overfitting to the test set: the 0.86 came from tuning on it, so add regularization"}, {"key": "c", "text": "Label noise in the live outcomes: relabel the first cohorts before judging the model"}, {"key": "d", "text": "Training–serving skew: compute features from one shared definition in both paths, and log served features"}]'::jsonb, explanation = 'The model receives different feature values in production than it was trained on, a defect of the serving system rather than a change in the world, and a drop that is present from the first scored cohort is its signature. Sharing one feature implementation (or a feature store) for training and serving and logging the served features for comparison prevents and detects it. Concept drift would develop over time rather than coincide with launch, tuning on the test set does not explain the mismatch you found in avg_spend_30d, and relabelling does not change the features the model sees live.',
    version = version + 1, updated_at = now()
  where id = md5('learnpath-seed-item:model-deployment-monitoring-6')::uuid;
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:model-deployment-monitoring-7')::uuid,
 'What is a shadow deployment of a new model?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "It serves a small random share of users, and their outcomes are compared with the rest"}, {"key": "b", "text": "It receives live requests and its predictions are logged, but not acted on"}, {"key": "c", "text": "It runs only at night, rescoring the previous day''s requests in batch"}, {"key": "d", "text": "It stays on standby and takes over automatically if the current model fails"}]'::jsonb,
 '{"choice": "b"}'::jsonb,
 'In shadow mode the candidate sees real production inputs in parallel with the current model, and its outputs are logged for comparison (latency, errors, prediction differences) without affecting users, so it is a risk-free check before any exposure. Serving a random share of users is a canary release or A/B test, nightly rescoring is batch evaluation, and a standby model is a failover or rollback target.',
 -1.6, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:model-deployment-monitoring-7')::uuid, 'model-deployment-monitoring');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:model-deployment-monitoring-8')::uuid,
 'A model API''s dashboard shows ''p99 latency = 80 ms''. What does that mean?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "The average request takes 80 ms"}, {"key": "b", "text": "99% of requests finish within 80 ms; 1% take longer"}, {"key": "c", "text": "The slowest request of the period took 80 ms"}, {"key": "d", "text": "99 requests per second are served at 80 ms each"}]'::jsonb,
 '{"choice": "b"}'::jsonb,
 'p99 is the 99th percentile of request latency: 99% of requests are at or below 80 ms. Tail percentiles matter because a mean can look fine while 1 in 100 users waits far longer. The maximum is p100, and requests per second measure throughput, not latency.',
 -1.3, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:model-deployment-monitoring-8')::uuid, 'model-deployment-monitoring');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:model-deployment-monitoring-9')::uuid,
 'A nightly batch job must score 3.6 million rows within one hour. One worker scores 500 rows per second. What is the minimum number of workers, assuming perfect parallelism? Answer with a whole number.',
 'NUMERIC',
 null,
 '{"value": 2, "tolerance": 0}'::jsonb,
 '3,600,000 rows / 3,600 s = 1,000 rows per second are needed, and 1,000 / 500 = 2 workers. Forgetting to convert the hour to seconds (3,600,000 / 500 = 7,200) is the usual slip. In practice you add headroom for start-up, I/O and retries.',
 -0.7, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:model-deployment-monitoring-9')::uuid, 'model-deployment-monitoring');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:model-deployment-monitoring-10')::uuid,
 'Which fields belong in the per-request log of an ML API, to support monitoring and debugging? Select all that apply.',
 'MULTIPLE_CHOICE',
 '[{"key": "a", "text": "The model version that produced the prediction."}, {"key": "b", "text": "The feature values as the service actually computed them."}, {"key": "c", "text": "Only daily means of each feature, instead of per-request values, to save space."}, {"key": "d", "text": "A copy of the training set, attached to each request."}, {"key": "e", "text": "The prediction itself and a request ID to join with labels that arrive later."}, {"key": "f", "text": "The timestamp of the request."}]'::jsonb,
 '{"choices": ["a", "b", "e", "f"]}'::jsonb,
 'Per-request records of model version, served features, prediction, timestamp and a join key let you compute live performance when labels arrive, detect drift and training-serving skew, and reproduce individual predictions. Daily means cannot explain a single bad prediction or reveal skew in particular segments, and the training set belongs in versioned storage referenced by the model version, not in every request log.',
 -0.3, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:model-deployment-monitoring-10')::uuid, 'model-deployment-monitoring');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:model-deployment-monitoring-11')::uuid,
 'A fraud model routes flagged transactions to analysts, and only reviewed cases receive labels. After launch, measured precision keeps rising. What is the main problem with trusting this trend?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "Precision rose because fraud became rarer, so the model can be retrained less often"}, {"key": "b", "text": "It shows data drift, which a PSI check on the input features would confirm"}, {"key": "c", "text": "The model decides which cases get labels, so unflagged fraud stays unseen"}, {"key": "d", "text": "The model is overfitting production data because it is scored on it every day"}]'::jsonb,
 '{"choice": "c"}'::jsonb,
 'Labels exist only for transactions the model chose to flag, so missed fraud never enters the metrics and recall cannot be measured at all; the evaluation data are censored by the model''s own decisions, and retraining on them reinforces the blind spot. Keep a small random sample of unflagged transactions for review (a holdout) to estimate true performance. Rarer fraud would usually lower precision, PSI on inputs says nothing about this label bias, and scoring production traffic does not fit the model to it.',
 1.1, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:model-deployment-monitoring-11')::uuid, 'model-deployment-monitoring');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:model-deployment-monitoring-12')::uuid,
 'Overnight, the share of transactions scored above the alert threshold jumps from 2% to 15%. Feature drift checks are quiet except for merchant_category, which is now ''unknown'' in 40% of rows (it was 1%). What should you do first?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "Treat it as concept drift (fraud surged overnight) and retrain today on last night''s data"}, {"key": "b", "text": "Raise the threshold until 2% are flagged again, since the model was tuned to that rate"}, {"key": "c", "text": "Find the upstream change that broke merchant_category and fix or route around it"}, {"key": "d", "text": "Wait a week, because daily alert rates vary seasonally and usually settle"}]'::jsonb,
 '{"choice": "c"}'::jsonb,
 'A single feature suddenly filling with ''unknown'' points to a data pipeline fault (a renamed code table, a failed join) rather than a change in the world, and it explains the score shift. Fix the source, or fall back (previous model, imputation matching training) while it is fixed. Retraining on broken data bakes the fault into the model, moving the threshold hides the symptom while the scores stay wrong, and waiting lets a broken model make decisions for a week.',
 1.4, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:model-deployment-monitoring-12')::uuid, 'model-deployment-monitoring');

-- ======================================================================
-- Skill: text-preprocessing
-- ======================================================================
update item set choices = '[{"key": "a", "text": "Stemming strips suffixes by rules and may give non-words; lemmatization returns dictionary base forms"}, {"key": "b", "text": "Lemmatization is the faster, cruder method, while stemming consults a dictionary of word forms"}, {"key": "c", "text": "Both methods aim at the same dictionary form, and ''studi'' is simply a known bug in NLTK''s Porter stemmer"}, {"key": "d", "text": "Stemming looks words up in a dictionary, while lemmatization applies heuristic suffix rules"}]'::jsonb, explanation = 'The Porter stemmer applies suffix-stripping rules without a dictionary, so its output (''studi'') need not be a real word, and that is by design, not a bug; a lemmatizer uses a lexicon (WordNet) and ideally the part of speech to return a valid base form (''study''). That makes lemmatization slower but more precise, not faster and cruder, and the roles of dictionary versus rules are the other way round.',
    version = version + 1, updated_at = now()
  where id = md5('learnpath-seed-item:text-preprocessing-1')::uuid;
update item set choices = '[{"key": "a", "text": "Negations are deleted, so ''not good'' becomes ''good'' and the meaning flips"}, {"key": "b", "text": "The vocabulary becomes much larger"}, {"key": "c", "text": "Tokenization will fail on the remaining words"}, {"key": "d", "text": "Little risk: stop words are frequent, so a classifier gives them near-zero weight anyway"}]'::jsonb, explanation = 'Generic stop-word lists contain negations, and in sentiment analysis negations carry much of the signal, so removing them can reverse the meaning a bag-of-words model sees. Removing words shrinks rather than grows the vocabulary, and tokenization is unaffected. Frequency does not make a word uninformative for a given task: a classifier weights ''not'' by its association with the label. Whether to remove stop words is a task-dependent decision, and for many modern models it is better not to remove them at all.',
    version = version + 1, updated_at = now()
  where id = md5('learnpath-seed-item:text-preprocessing-3')::uuid;
update item set choices = '[{"key": "a", "text": "Subword pieces are indexed by a hash, so no embedding layer or lookup table has to be trained"}, {"key": "b", "text": "Each word becomes exactly one subword token, which keeps sequences shorter than with word-level vocabularies"}, {"key": "c", "text": "Rare or unseen words split into known pieces, so nothing is out of vocabulary and the vocabulary stays small"}, {"key": "d", "text": "The tokenizer drops stop words and punctuation, which shortens the input the model attends over"}]'::jsonb, explanation = 'A subword vocabulary of a few tens of thousands of pieces covers frequent words as single tokens and represents rare words, misspellings and new words as sequences of known pieces, avoiding an unknown-word token. Subword tokens are still looked up in a trained embedding table, a long or rare word typically becomes several tokens rather than one (so sequences get longer, not shorter), and these tokenizers keep stop words and punctuation.',
    version = version + 1, updated_at = now()
  where id = md5('learnpath-seed-item:text-preprocessing-4')::uuid;
update item set choices = '[{"key": "a", "text": "Lowercasing can merge tokens with different meanings, such as ''US'' (the country) and ''us''."}, {"key": "b", "text": "Unicode normalization such as NFKC maps compatibility characters, like full-width letters or the ''ﬁ'' ligature, to a common form."}, {"key": "c", "text": "Porter stemming maps each word to a valid dictionary word."}, {"key": "d", "text": "A lemmatizer often needs the part of speech; NLTK''s WordNet lemmatizer maps ''better'' to ''good'' only when told it is an adjective."}, {"key": "e", "text": "Before fine-tuning BERT, you should remove stop words and stem the text."}]'::jsonb,
    version = version + 1, updated_at = now()
  where id = md5('learnpath-seed-item:text-preprocessing-5')::uuid;
update item set choices = '[{"key": "a", "text": "Lowercasing removed the distinction between ''FREE'' and ''free'', which accounts for most of the drop"}, {"key": "b", "text": "Spam filters need stemming after cleaning so that ''winning'' and ''win'' match; skipping it costs recall"}, {"key": "c", "text": "Cleaning deleted spam signals (''$$$'', ''!!!'', phone numbers, links); map them to placeholder tokens instead"}, {"key": "d", "text": "Removing punctuation enlarges the vocabulary, because words now merge with their neighbours, causing overfitting"}]'::jsonb, explanation = 'In spam detection, money symbols, repeated exclamation marks, phone numbers and links are strong signals, and deleting them outright throws that evidence away; mapping them to tokens like <URL> or <NUM> keeps the signal while limiting vocabulary growth. Lowercasing loses only a little (shouting in capitals) and is rarely the main culprit, stemming is optional and mostly merges forms of the same word, and removing punctuation shrinks rather than grows the vocabulary. Compare preprocessing variants by validation score rather than applying a fixed cleaning recipe.',
    version = version + 1, updated_at = now()
  where id = md5('learnpath-seed-item:text-preprocessing-6')::uuid;
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:text-preprocessing-7')::uuid,
 'In text preprocessing, what are stop words?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "Words that end a sentence, i.e. the word before each full stop"}, {"key": "b", "text": "Very frequent function words such as ''the'', ''is'' and ''of''"}, {"key": "c", "text": "Rare, misspelled words that a spell checker leaves unchanged"}, {"key": "d", "text": "Words that a subword tokenizer does not split any further"}]'::jsonb,
 '{"choice": "b"}'::jsonb,
 'Stop words are high-frequency function words that carry little topical content on their own; lists such as NLTK''s or spaCy''s are often removed for search or topic models. The term has nothing to do with sentence boundaries, spelling or how a subword tokenizer splits words. Whether removing them helps depends on the task (negations like ''not'' matter for sentiment).',
 -1.6, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:text-preprocessing-7')::uuid, 'text-preprocessing');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:text-preprocessing-8')::uuid,
 'What does this Python expression return?

"Don''t stop-believing!".lower().split()',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "[''do'', \"n''t\", ''stop'', ''-'', ''believing'', ''!'']"}, {"key": "b", "text": "[\"don''t\", ''stop-believing!'']"}, {"key": "c", "text": "[''don'', ''t'', ''stop'', ''believing'']"}, {"key": "d", "text": "[\"don''t\", ''stop'', ''believing'']"}]'::jsonb,
 '{"choice": "b"}'::jsonb,
 'str.split() with no argument splits only on whitespace, so the apostrophe, hyphen and exclamation mark stay attached: ["don''t", ''stop-believing!''] (checked in Python). Splitting off "n''t" and the ''!'' is what a linguistic tokenizer such as nltk.word_tokenize does; dropping punctuation and splitting at it is what a regular expression such as \w+ does. This is why plain split() is a poor tokenizer for real text.',
 -1.3, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:text-preprocessing-8')::uuid, 'text-preprocessing');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:text-preprocessing-9')::uuid,
 'What does re.findall(r"[a-z]+", "I paid $20 for 2 e-books!".lower()) return?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "[''i'', ''paid'', ''for'', ''e'', ''books'']"}, {"key": "b", "text": "[''i'', ''paid'', ''20'', ''for'', ''2'', ''e-books'']"}, {"key": "c", "text": "[''paid'', ''for'', ''books'']"}, {"key": "d", "text": "[''i'', ''paid'', ''$20'', ''for'', ''e-books'']"}]'::jsonb,
 '{"choice": "a"}'::jsonb,
 'The pattern matches runs of lowercase letters only, so digits, ''$'', ''-'' and ''!'' act as separators: ''e-books'' becomes ''e'' and ''books'', the numbers disappear and the one-letter ''i'' is kept (checked in Python). Keeping digits or hyphenated words would need a different pattern, and dropping one-letter tokens is what patterns such as \b\w\w+\b do. Small regex choices like these silently decide which signals survive preprocessing.',
 -0.5, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:text-preprocessing-9')::uuid, 'text-preprocessing');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:text-preprocessing-10')::uuid,
 'A tokenizer uses re.findall(r"\w+", text) on English text. Which of these effects does it have? Select all that apply.',
 'MULTIPLE_CHOICE',
 '[{"key": "a", "text": "It splits \"don''t\" into ''don'' and ''t''."}, {"key": "b", "text": "It splits ''e-mail'' into ''e'' and ''mail''."}, {"key": "c", "text": "It drops symbols such as ''$'' and emoji."}, {"key": "d", "text": "It merges ''New York'' into one token."}, {"key": "e", "text": "It keeps a trailing ''!'' attached to the word before it."}, {"key": "f", "text": "It turns ''U.S.'' into the tokens ''U'' and ''S''."}]'::jsonb,
 '{"choices": ["a", "b", "c", "f"]}'::jsonb,
 '\w matches letters, digits and underscore, so every other character separates tokens and is discarded: apostrophes split contractions (''don'', ''t''), hyphens split compounds, abbreviations with dots fall apart (''U'', ''S''), and ''$'', punctuation and emoji vanish (all checked in Python). Spaces also separate tokens, so ''New York'' stays two tokens, and ''!'' is not a word character, so it is dropped rather than kept.',
 0.4, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:text-preprocessing-10')::uuid, 'text-preprocessing');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:text-preprocessing-11')::uuid,
 'You fine-tuned a ''bert-base-uncased'' classifier. In the serving code, a colleague tokenizes the input with the tokenizer of ''bert-base-cased''. Accuracy in production collapses. What is the fix?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "Lowercase the input before the cased tokenizer, which makes the two tokenizers equivalent"}, {"key": "b", "text": "Retrain the classifier on more data so it becomes robust to tokenizer differences"}, {"key": "c", "text": "Load the tokenizer saved with the fine-tuned checkpoint (same name or directory)"}, {"key": "d", "text": "Strip punctuation and stop words before tokenizing so both vocabularies agree"}]'::jsonb,
 '{"choice": "c"}'::jsonb,
 'A model''s embedding rows are indexed by its own tokenizer''s vocabulary; a different tokenizer produces different token IDs, so the model reads the wrong embeddings. Always save and load the tokenizer with the model (e.g. AutoTokenizer.from_pretrained on the same checkpoint). Lowercasing does not make the cased vocabulary and its IDs match the uncased one, more training data cannot fix mismatched IDs at inference, and stripping words changes the input without aligning the vocabularies.',
 1.1, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:text-preprocessing-11')::uuid, 'text-preprocessing');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:text-preprocessing-12')::uuid,
 'A tweet classifier scores 0.95 F1 on a random test split but 0.78 in production. You find that many tweets are retweets or templated bot messages that differ only in a URL or user handle. What is the most likely issue?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "Near-duplicates sit on both sides of the split; normalize URLs and handles, then deduplicate first"}, {"key": "b", "text": "The URLs were kept in the text, and URLs add random noise that lowers accuracy on new production tweets"}, {"key": "c", "text": "Production tweets are longer, and the model truncates them at 128 tokens"}, {"key": "d", "text": "F1 depends on the class balance, so test and production F1 are not comparable numbers"}]'::jsonb,
 '{"choice": "a"}'::jsonb,
 'Copies of the same text in training and test let the model score by memorization, which inflates the test F1; production brings genuinely new texts. Normalizing the varying parts (<URL>, <USER>) reveals the duplicates, and deduplicating (or grouping them) before the split gives an honest estimate. Removing URLs would not explain a gap between test and production, nothing suggests longer texts, and although F1 does depend on prevalence, a 17-point drop with widespread duplicates points to leakage.',
 1.4, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:text-preprocessing-12')::uuid, 'text-preprocessing');

-- ======================================================================
-- Skill: transformers-attention
-- ======================================================================
update item set choices = '[{"key": "a", "text": "To keep the vocabulary small by sharing one embedding across all the positions where a word occurs"}, {"key": "b", "text": "Self-attention alone ignores token order (permuting the inputs only permutes the outputs)"}, {"key": "c", "text": "To normalize every token embedding to unit length before the attention scores are taken"}, {"key": "d", "text": "To hide future tokens from the decoder so it predicts each word from the left context only"}]'::jsonb, explanation = 'Self-attention treats its input as a set: without position information ''dog bites man'' and ''man bites dog'' would produce the same token representations, just permuted. Adding sinusoidal or learned position vectors lets the model use word order. Vocabulary size is set by the tokenizer, position vectors are added rather than used to normalize anything, and hiding future tokens is the job of the causal attention mask.',
    version = version + 1, updated_at = now()
  where id = md5('learnpath-seed-item:transformers-attention-2')::uuid;
update item set choices = '[{"key": "a", "text": "To make each row of attention weights sum to 1 before they multiply the value vectors"}, {"key": "b", "text": "To turn the raw dot products into cosine similarities bounded between −1 and 1"}, {"key": "c", "text": "To cut the memory needed for the n × n score matrix from quadratic to linear in sequence length"}, {"key": "d", "text": "For large d_k the raw scores grow large, saturating the softmax and shrinking its gradients"}]'::jsonb, explanation = 'If query and key components are roughly independent with unit variance, q·k has variance d_k, so for d_k = 64 the scores spread widely and softmax becomes nearly one-hot with vanishing gradients; dividing by √d_k restores unit variance. The rows summing to 1 comes from the softmax itself, dividing by a constant does not normalize vector lengths (so it is not cosine similarity), and the n × n score matrix is unchanged in size.',
    version = version + 1, updated_at = now()
  where id = md5('learnpath-seed-item:transformers-attention-3')::uuid;
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:transformers-attention-7')::uuid,
 'In a self-attention layer, where do the queries, keys and values come from?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "Queries from the input tokens; keys and values from a fixed table of positions"}, {"key": "b", "text": "From the same input sequence, each through its own learned linear projection"}, {"key": "c", "text": "All three are the raw input embeddings, used without any learned weights"}, {"key": "d", "text": "Keys and values from the previous layer''s attention weights; queries from the input"}]'::jsonb,
 '{"choice": "b"}'::jsonb,
 'In self-attention every token''s vector is multiplied by three learned matrices, W_Q, W_K and W_V, giving its query, key and value; all three come from the same sequence (in cross-attention the keys and values come from another sequence, e.g. the encoder output). Positions enter through position encodings added to the input, the projections are what makes attention learnable, and attention weights are not reused as keys.',
 -1.6, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:transformers-attention-7')::uuid, 'transformers-attention');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:transformers-attention-8')::uuid,
 'What does the causal (look-ahead) mask in a GPT-style decoder do?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "It hides a random 15% of the input tokens so that the model learns to fill them in from context"}, {"key": "b", "text": "It drops attention weights below a threshold to save memory on long inputs"}, {"key": "c", "text": "It gives later positions −∞ scores before the softmax, so tokens see only the past"}, {"key": "d", "text": "It zeroes the embeddings of padding tokens so that they carry no signal"}]'::jsonb,
 '{"choice": "c"}'::jsonb,
 'Adding −∞ (in practice a large negative number) to the scores of future positions gives them zero weight after the softmax, so predicting token t uses only tokens up to t, matching how text is generated. Randomly masking 15% of tokens is BERT''s masked-language-model objective, thresholding weights is a sparse-attention idea, and ignoring padding is the job of the padding (attention) mask.',
 -1.3, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:transformers-attention-8')::uuid, 'transformers-attention');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:transformers-attention-9')::uuid,
 'A transformer layer has d_model = 512 and 8 attention heads, with the model dimension split evenly across heads. What is the query/key dimension d_k of each head? Answer with a whole number.',
 'NUMERIC',
 null,
 '{"value": 64, "tolerance": 0}'::jsonb,
 'Multi-head attention projects the 512-dimensional vectors into 8 heads of 512 / 8 = 64 dimensions each, attends in each head separately, concatenates the 8 outputs back to 512 and applies an output projection. This keeps the cost close to single-head attention at full width, and it is the d_k = 64 of ''Attention Is All You Need''.',
 -0.9, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:transformers-attention-9')::uuid, 'transformers-attention');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:transformers-attention-10')::uuid,
 'Which statements about a standard transformer encoder block are true? Select all that apply.',
 'MULTIPLE_CHOICE',
 '[{"key": "a", "text": "It applies multi-head self-attention followed by a position-wise feed-forward network."}, {"key": "b", "text": "Each sub-layer is wrapped in a residual connection with layer normalization."}, {"key": "c", "text": "Its feed-forward network mixes information across positions."}, {"key": "d", "text": "Its output has the same sequence length and model dimension as its input."}, {"key": "e", "text": "Each block halves the sequence length, like pooling in a CNN."}, {"key": "f", "text": "Each head turns its scores into weights with a softmax over positions."}]'::jsonb,
 '{"choices": ["a", "b", "d", "f"]}'::jsonb,
 'An encoder block is attention (the only place where positions exchange information, through softmax-weighted sums over positions) followed by a feed-forward network applied to every position independently, each with a residual connection and layer normalization. Because the shape (sequence length × d_model) is preserved, blocks can be stacked freely; there is no pooling between blocks.',
 -0.3, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:transformers-attention-10')::uuid, 'transformers-attention');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:transformers-attention-11')::uuid,
 'Why do LLM inference servers keep a key–value (KV) cache during autoregressive generation?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "It stores the attention weights of earlier steps, so the softmax can be skipped for every new token"}, {"key": "b", "text": "Earlier tokens'' keys and values stay the same under the causal mask, so they are reused, not recomputed"}, {"key": "c", "text": "It stores the text generated so far, so the model can avoid repeating phrases it has already produced"}, {"key": "d", "text": "It lets the decoder attend to future tokens at inference, which improves quality"}]'::jsonb,
 '{"choice": "b"}'::jsonb,
 'With a causal mask, the keys and values of tokens already processed do not change when a new token is appended, so each step only computes the new token''s query, key and value and attends over the cached ones, turning quadratic recomputation into linear work per step (at the cost of memory that grows with context length). Attention weights still need a fresh softmax for each new query, the cache holds tensors rather than text, and attending to future tokens is impossible during generation because they do not exist yet.',
 1.1, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:transformers-attention-11')::uuid, 'transformers-attention');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:transformers-attention-12')::uuid,
 'A batched BERT classifier gives slightly different predictions for the same sentence depending on how much padding the other sentences in its batch force onto it. What is the most likely bug?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "Position encodings shift with the padded length, so the same words get new positions"}, {"key": "b", "text": "Layer normalization uses statistics of the whole batch, so padding changes the normalization"}, {"key": "c", "text": "The attention_mask is not passed, so real tokens also attend to the padding tokens"}, {"key": "d", "text": "The softmax temperature grows with sequence length, so longer padding flattens the weights"}]'::jsonb,
 '{"choice": "c"}'::jsonb,
 'Without the attention (padding) mask, the padding positions get non-zero attention weights and leak into every real token''s representation, so the output depends on how much padding there is. Passing attention_mask from the tokenizer fixes it. Right-padding leaves the real tokens at positions 0…n−1, layer normalization works per token over the feature dimension (not across the batch), and the softmax has no length-dependent temperature.',
 1.4, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:transformers-attention-12')::uuid, 'transformers-attention');

-- ======================================================================
-- Skill: tsne-umap
-- ======================================================================
update item set choices = '[{"key": "a", "text": "Selecting the most predictive features before a model is trained on them"}, {"key": "b", "text": "Visualizing high-dimensional data in 2-D or 3-D, keeping similar points close"}, {"key": "c", "text": "Producing cluster labels that can be used directly as a target variable"}, {"key": "d", "text": "Compressing the data into fewer columns while preserving all pairwise distances"}]'::jsonb,
    version = version + 1, updated_at = now()
  where id = md5('learnpath-seed-item:tsne-umap-1')::uuid;
update item set choices = '[{"key": "a", "text": "Cluster A is about three times more spread out than B in the original feature space"}, {"key": "b", "text": "Cluster C is the group most dissimilar from A and B in the original feature space"}, {"key": "c", "text": "Little: t-SNE keeps local neighbourhoods, not cluster sizes or gaps"}, {"key": "d", "text": "Cluster A contains about three times as many customers as cluster B"}]'::jsonb,
    version = version + 1, updated_at = now()
  where id = md5('learnpath-seed-item:tsne-umap-3')::uuid;
update item set choices = '[{"key": "a", "text": "In UMAP, a larger n_neighbors emphasizes more global structure, while a small value focuses on local detail."}, {"key": "b", "text": "scikit-learn''s TSNE has no transform method, so new points cannot be placed into an existing embedding."}, {"key": "c", "text": "The axes of a t-SNE plot have an interpretable meaning, like PCA loadings."}, {"key": "d", "text": "A UMAP model (umap-learn) fitted on training data can embed new points with its transform method."}, {"key": "e", "text": "Running t-SNE twice with different random_state values gives the same picture up to a rotation."}]'::jsonb,
    version = version + 1, updated_at = now()
  where id = md5('learnpath-seed-item:tsne-umap-4')::uuid;
update item set choices = '[{"key": "a", "text": "scikit-learn''s TSNE accepts at most 50 input features, so wider data has to be reduced first"}, {"key": "b", "text": "It makes cluster sizes and gaps in the final t-SNE plot meaningful"}, {"key": "c", "text": "It lets the fitted t-SNE transform new points later through the PCA step"}, {"key": "d", "text": "It speeds up neighbour computations and suppresses noise, keeping most structure"}]'::jsonb,
    version = version + 1, updated_at = now()
  where id = md5('learnpath-seed-item:tsne-umap-5')::uuid;
update item set choices = '[{"key": "a", "text": "Test rows shaped the embedding (leakage), and new points could not be embedded the same way"}, {"key": "b", "text": "k-NN needs more than two input dimensions to separate ten digit classes reliably"}, {"key": "c", "text": "t-SNE needs a perplexity above 100 for 60,000 rows, so the map is too fragmented to classify"}, {"key": "d", "text": "The test coordinates should have been standardized separately from the training coordinates"}]'::jsonb, explanation = 'Because t-SNE was fitted on training and test rows together, the positions of the test points were optimized using their own neighbourhoods, which leaks information into the evaluation. scikit-learn''s TSNE also has no transform method for unseen points, so the same pipeline could not score new data in production. k-NN works fine in 2-D, and neither a different perplexity nor separate scaling fixes the leakage; use a transformable method (PCA, or UMAP with transform) fitted on training data only, or model the original features.',
    version = version + 1, updated_at = now()
  where id = md5('learnpath-seed-item:tsne-umap-6')::uuid;
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:tsne-umap-7')::uuid,
 'How do t-SNE and UMAP relate to PCA?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "All three are linear projections; t-SNE and UMAP are simply faster on large data"}, {"key": "b", "text": "t-SNE is a linear projection like PCA, while UMAP is a nonlinear method"}, {"key": "c", "text": "t-SNE and UMAP are nonlinear and focus on preserving local neighbourhoods"}, {"key": "d", "text": "t-SNE and UMAP are clustering algorithms, while PCA reduces dimensions"}]'::jsonb,
 '{"choice": "c"}'::jsonb,
 'PCA is a linear projection that keeps directions of maximal variance. t-SNE and UMAP build a neighbourhood graph in the original space and optimize a low-dimensional layout that keeps neighbours close, a nonlinear mapping that can show curved structure PCA flattens. Both are slower than PCA on the same data, and neither assigns cluster labels: clusters are what you may see in their output.',
 -1.6, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:tsne-umap-7')::uuid, 'tsne-umap');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:tsne-umap-8')::uuid,
 'X has shape (1000, 50). What is the shape of TSNE(n_components=2).fit_transform(X) in scikit-learn?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "(1000, 2)"}, {"key": "b", "text": "(2, 50)"}, {"key": "c", "text": "(50, 2)"}, {"key": "d", "text": "(2, 1000)"}]'::jsonb,
 '{"choice": "a"}'::jsonb,
 'fit_transform returns one row of embedding coordinates per sample: (n_samples, n_components) = (1000, 2) (checked with scikit-learn 1.2). t-SNE has no loading matrix of shape (2, 50) or (50, 2), unlike PCA''s components_, because its mapping is not linear; and scikit-learn always puts samples in rows.',
 -1.3, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:tsne-umap-8')::uuid, 'tsne-umap');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:tsne-umap-9')::uuid,
 'You run t-SNE on 300 points drawn from a single 10-dimensional Gaussian (pure noise) and the plot shows several apparent clumps. What is the lesson?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "The data contain hidden subgroups that a linear method such as PCA would have missed"}, {"key": "b", "text": "t-SNE can show clumps in structureless data, so verify clusters in the original space"}, {"key": "c", "text": "The perplexity was too high; a higher value would have split the groups more"}, {"key": "d", "text": "t-SNE has converged to a global optimum, so the clumps reflect real density peaks in the data"}]'::jsonb,
 '{"choice": "b"}'::jsonb,
 't-SNE''s optimization can break a homogeneous cloud into apparent groups, especially at low perplexity or with few points, so visual clusters are hypotheses to test (e.g. with clustering and validation in the original features), not findings. The data here are a single Gaussian by construction; a lower, not higher, perplexity tends to fragment the map; and t-SNE''s non-convex objective gives a local optimum.',
 -0.4, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:tsne-umap-9')::uuid, 'tsne-umap');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:tsne-umap-10')::uuid,
 'Which statements about umap-learn''s UMAP are true? Select all that apply.',
 'MULTIPLE_CHOICE',
 '[{"key": "a", "text": "min_dist controls how tightly points are packed together in the embedding."}, {"key": "b", "text": "metric sets the distance used in the input space, e.g. ''cosine'' for text embeddings."}, {"key": "c", "text": "n_components can be set above 2, e.g. to feed a clustering algorithm."}, {"key": "d", "text": "It has a perplexity parameter that plays the role of n_neighbors."}, {"key": "e", "text": "Its embedding can be passed to a density-based clusterer such as HDBSCAN."}, {"key": "f", "text": "fit requires target labels y; without them it raises an error."}]'::jsonb,
 '{"choices": ["a", "b", "c", "e"]}'::jsonb,
 'UMAP''s main knobs are n_neighbors (local versus global structure), min_dist (how tightly points may pack), metric (input distance) and n_components (output dimension; 5–10 dimensions are common as input to HDBSCAN clustering). Perplexity is t-SNE''s parameter, not UMAP''s. y is optional: passing labels gives a supervised embedding, but UMAP runs unsupervised by default.',
 0.5, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:tsne-umap-10')::uuid, 'tsne-umap');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:tsne-umap-11')::uuid,
 'An analyst runs k-means on the 2-D t-SNE coordinates of customer data and presents the resulting clusters as customer segments. What is the main concern?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "k-means needs more than two dimensions to produce stable clusters on this kind of data"}, {"key": "b", "text": "t-SNE distorts densities and distances, so clusters in its map can be artefacts"}, {"key": "c", "text": "The t-SNE coordinates should have been one-hot encoded before k-means"}, {"key": "d", "text": "k-means on t-SNE output is fine, as long as the perplexity equals the number of clusters"}]'::jsonb,
 '{"choice": "b"}'::jsonb,
 't-SNE expands dense regions, compresses sparse ones and can split or merge groups depending on perplexity and seed, so k-means on its coordinates may find structure created by the embedding. Cluster in the original (scaled) features or a PCA reduction, and validate the segments there (stability, profiles, business meaning); use the t-SNE map only to visualize them. k-means works in two dimensions, coordinates are continuous so one-hot encoding makes no sense, and perplexity is unrelated to the number of clusters.',
 1.1, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:tsne-umap-11')::uuid, 'tsne-umap');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:tsne-umap-12')::uuid,
 'Two scikit-learn t-SNE runs on the same data with the same perplexity but different random_state values give different layouts, with kl_divergence_ = 1.2 for run A and 1.5 for run B. What is the most reasonable reading?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "Run B is better, because a larger KL divergence means better separated clusters"}, {"key": "b", "text": "The values are incomparable, because KL divergence depends on the random seed''s scale"}, {"key": "c", "text": "Run A reached a better optimum of the same objective, so it is the more faithful map"}, {"key": "d", "text": "Both runs are broken, because t-SNE should return the same layout for any seed"}]'::jsonb,
 '{"choice": "c"}'::jsonb,
 'With the same data and perplexity both runs minimize the same KL divergence between neighbour distributions, so a lower final value means a better fit of that objective (comparisons across different perplexities are not meaningful, because the objective itself changes). A larger KL means a worse fit, not better separation; the seed changes only the starting point; and t-SNE''s non-convex objective makes layouts vary with the seed, which is why trying several seeds helps.',
 1.4, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:tsne-umap-12')::uuid, 'tsne-umap');

-- ======================================================================
-- Skill: word-embeddings
-- ======================================================================
update item set choices = '[{"key": "a", "text": "Words that often appear right next to each other in a sentence mean the same thing"}, {"key": "b", "text": "Words that occur in similar contexts tend to have similar meanings"}, {"key": "c", "text": "Each word should be represented by a one-hot vector over the vocabulary"}, {"key": "d", "text": "Words with similar spellings or shared roots tend to have similar meanings"}]'::jsonb, explanation = '''You shall know a word by the company it keeps'': word2vec and GloVe learn vectors from context statistics, so words used in similar contexts end up close together. The hypothesis is about sharing contexts, not about co-occurring with each other: ''coffee'' and ''tea'' rarely sit side by side yet share contexts, while ''strong'' and ''coffee'' are adjacent without meaning the same. One-hot vectors are the sparse representation embeddings replace, and spelling similarity is not the principle (although fastText adds subword information).',
    version = version + 1, updated_at = now()
  where id = md5('learnpath-seed-item:word-embeddings-1')::uuid;
update item set choices = '[{"key": "a", "text": "Skip-gram factorizes a global word–word co-occurrence matrix, while CBOW trains a shallow neural network"}, {"key": "b", "text": "CBOW predicts the next sentence from the current one, while skip-gram predicts the previous one"}, {"key": "c", "text": "They share one objective and differ only in the vector size and the window they use"}, {"key": "d", "text": "Skip-gram predicts context words from the centre word; CBOW predicts the centre word from its context"}]'::jsonb,
    version = version + 1, updated_at = now()
  where id = md5('learnpath-seed-item:word-embeddings-2')::uuid;
update item set choices = '[{"key": "a", "text": "word2vec: one fixed vector for ''bank'' in both; BERT: a different vector in each sentence"}, {"key": "b", "text": "Both give two different vectors, because each model stores one vector per sense of a word"}, {"key": "c", "text": "word2vec learns two vectors, one per sense, while BERT averages them into one"}, {"key": "d", "text": "Both give the same vector, since ''bank'' is a single entry in each vocabulary"}]'::jsonb, explanation = 'Static embeddings such as word2vec or GloVe store one vector per vocabulary entry, which blends all senses of the word. Contextual models such as BERT compute each token''s representation from the whole sentence through self-attention, so ''bank'' near ''river'' differs from ''bank'' near ''account'', although BERT''s input embedding table also has a single row for the token. Neither model stores explicit senses, and the other options reverse or deny the static-versus-contextual distinction.',
    version = version + 1, updated_at = now()
  where id = md5('learnpath-seed-item:word-embeddings-4')::uuid;
update item set choices = '[{"key": "a", "text": "Cosine similarity depends only on the angle between vectors, not on their lengths."}, {"key": "b", "text": "Static word2vec embeddings natively produce a vector for an out-of-vocabulary word."}, {"key": "c", "text": "GloVe is a contextual model that gives the same word different vectors in different sentences."}, {"key": "d", "text": "With good pretrained vectors, vector(''king'') − vector(''man'') + vector(''woman'') is typically closest to vector(''queen''), excluding the input words."}, {"key": "e", "text": "The one-hot vectors of ''cat'' and ''kitten'' have a high cosine similarity."}]'::jsonb,
    version = version + 1, updated_at = now()
  where id = md5('learnpath-seed-item:word-embeddings-5')::uuid;
update item set choices = '[{"key": "a", "text": "word2vec vectors have different lengths, so averaging them without normalizing distorts the features"}, {"key": "b", "text": "Cosine similarity is undefined for averaged vectors, so the classifier sees noisy distances"}, {"key": "c", "text": "Averaging ignores word order, so both reviews get nearly the same vector and negation scope is lost"}, {"key": "d", "text": "The vocabulary is too small to contain ''not'', so both reviews lose their negations"}]'::jsonb, explanation = 'A mean of word vectors is a bag-of-words summary: both reviews contain ''not'', ''good'' and ''bad'', so their averages are almost identical even though the negations attach to different words. Differences in vector length only change how much each word weighs, not the order problem; cosine similarity works on any non-zero vector; and ''not'' is among the most frequent words, so it is in every vocabulary. Word n-grams with TF-IDF, sequence models or contextual embeddings capture such structure better.',
    version = version + 1, updated_at = now()
  where id = md5('learnpath-seed-item:word-embeddings-6')::uuid;
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:word-embeddings-7')::uuid,
 'What is a word embedding?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "A sparse vector with one position for every word in the vocabulary"}, {"key": "b", "text": "A dense, low-dimensional real vector, learned so that related words lie close together"}, {"key": "c", "text": "An integer ID assigned to each word according to its frequency rank in the training corpus"}, {"key": "d", "text": "A list of each word''s synonyms, taken from a thesaurus such as WordNet"}]'::jsonb,
 '{"choice": "b"}'::jsonb,
 'Embeddings map each word to a dense vector of typically 50–1,000 learned real values, so that similarity between vectors reflects similarity in usage. A sparse vector with one slot per word is one-hot encoding, an integer ID is only an index into the embedding table, and a thesaurus lists synonyms by hand rather than learning a vector space.',
 -1.6, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:word-embeddings-7')::uuid, 'word-embeddings');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:word-embeddings-8')::uuid,
 'In PyTorch, what does emb = nn.Embedding(10000, 300) do with a batch of token IDs?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "It trains word2vec on the batch and returns the resulting vectors"}, {"key": "b", "text": "It one-hot encodes each ID into 10,000 values and applies a ReLU"}, {"key": "c", "text": "It returns row i of a trainable 10,000 × 300 matrix for each token ID i"}, {"key": "d", "text": "It hashes each ID into one of 300 buckets and returns the bucket counts"}]'::jsonb,
 '{"choice": "c"}'::jsonb,
 'An embedding layer is a lookup table: a weight matrix with one 300-dimensional row per ID, indexed by the token IDs and trained by backpropagation with the rest of the model (or initialized from pretrained vectors). It is mathematically a one-hot vector times the matrix, without any activation, but implemented as indexing; it does not run word2vec, and it does not hash.',
 -1.2, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:word-embeddings-8')::uuid, 'word-embeddings');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:word-embeddings-9')::uuid,
 'A pretrained embedding table has 2,000,000 words with 300 float32 dimensions each. How much memory does the table need, in GB (1 GB = 10^9 bytes)? Round to one decimal.',
 'NUMERIC',
 null,
 '{"value": 2.4, "tolerance": 0.05}'::jsonb,
 '2,000,000 × 300 values × 4 bytes = 2.4 × 10^9 bytes = 2.4 GB. Using 8 bytes (float64) doubles it to 4.8 GB. This is why production systems prune the vocabulary to the words they need, or quantize the vectors.',
 -0.7, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:word-embeddings-9')::uuid, 'word-embeddings');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:word-embeddings-10')::uuid,
 'Which statements describe known properties of static word embeddings such as word2vec or GloVe? Select all that apply.',
 'MULTIPLE_CHOICE',
 '[{"key": "a", "text": "They pick up social biases present in the training corpus, e.g. gender stereotypes about occupations."}, {"key": "b", "text": "Antonyms such as ''hot'' and ''cold'' often get similar vectors, because they occur in similar contexts."}, {"key": "c", "text": "Each dimension can be read on its own as a human concept, such as a ''royalty'' or a ''gender'' axis."}, {"key": "d", "text": "The norm of a word''s vector grows with the length of the word in characters, so long words dominate averages."}, {"key": "e", "text": "Rare words get less reliable vectors than frequent words, because they are seen in fewer contexts."}]'::jsonb,
 '{"choices": ["a", "b", "e"]}'::jsonb,
 'Embeddings learn from co-occurrence, so they reproduce corpus biases (a reason to audit them before use), place antonyms that share contexts close together, and estimate rare words from few examples. Meaning is spread across dimensions (any rotation of the space works equally well), so single dimensions are rarely interpretable; and vector norms relate to frequency and context consistency, not spelling length.',
 -0.3, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:word-embeddings-10')::uuid, 'word-embeddings');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:word-embeddings-11')::uuid,
 'A team uses GloVe vectors trained on Wikipedia and news to build features for classifying clinical notes. Many abbreviations map to no vector, and ''positive'' ends up near ''good'' although in the notes it usually means a test result. What is the best fix?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "Increase the vector dimension from 100 to 300, so the rare words are captured"}, {"key": "b", "text": "Lowercase all notes, so the abbreviations match the GloVe vocabulary"}, {"key": "c", "text": "Train or adapt embeddings on in-domain clinical text, or use a domain-specific model"}, {"key": "d", "text": "Switch from cosine similarity to Euclidean distance, which suits medical text better"}]'::jsonb,
 '{"choice": "c"}'::jsonb,
 'The vectors encode how words are used in the training corpus, so general-domain embeddings miss domain vocabulary and domain senses. Training on clinical text (or fine-tuning a clinical language model) fixes both. A larger dimension of the same general vectors does not add missing words or senses, lowercasing does not create vectors for unseen abbreviations, and switching the similarity measure does not change what the vectors learned.',
 1.1, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:word-embeddings-11')::uuid, 'word-embeddings');
insert into item (id, stem, type, choices, answer, explanation, difficulty, status) values
(md5('learnpath-seed-item:word-embeddings-12')::uuid,
 'You train word2vec separately on 2010 and on 2020 news. The cosine similarity between ''tablet'' in the 2010 model and ''tablet'' in the 2020 model is about 0.1, and a colleague concludes that its meaning changed completely. What is wrong with this comparison?',
 'SINGLE_CHOICE',
 '[{"key": "a", "text": "Nothing; a cosine of 0.1 shows the usage of ''tablet'' shifted between the decades"}, {"key": "b", "text": "Separately trained spaces are arbitrarily rotated; align them first or compare neighbour lists"}, {"key": "c", "text": "Cosine similarity is only meaningful between words of the same model, so use Euclidean distance instead"}, {"key": "d", "text": "The two corpora differ in size, so the vectors need to be scaled to unit length first"}]'::jsonb,
 '{"choice": "b"}'::jsonb,
 'Each training run finds an embedding space only up to a rotation (plus noise), so coordinates of different runs are not comparable directly, even for the same word. Align the spaces (e.g. orthogonal Procrustes on shared frequent words) or compare each word''s nearest neighbours within each model; then a change such as ''tablet'' moving towards ''iPad'' can be measured. Euclidean distance has the same problem, and normalizing lengths does not undo a rotation.',
 1.4, 'PUBLISHED');
insert into item_skill (item_id, skill_code) values (md5('learnpath-seed-item:word-embeddings-12')::uuid, 'word-embeddings');

