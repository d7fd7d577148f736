-- Curriculum foundations (issue 28): math-foundation skills and modules, the prerequisites the seeded graph was
-- missing, and the Plotly and data-storytelling modules in the "ML Interview Ready" goal.
-- After this migration: 80 skills, 49 modules, 85 prerequisite edges, 4 goals; the graph stays acyclic with no
-- transitively implied edges, and every goal stays closed under prerequisites.
--
-- Migrations write no events. Every existing module and goal row changed here gets version + 1 and a fresh
-- updated_at, so that consumers replaying the catalog topic (they keep an entity only if its version is newer than
-- the one they hold) accept the state this migration leaves once it is announced again; new rows start at version 0
-- as seeded rows did. The catalog revision moves too, so running instances rebuild their read model.

-- ====================================================================================================
-- Skills: math foundations
-- ====================================================================================================
insert into skill (code, name, description, area) values
    ('linear-algebra-for-ml', 'Linear algebra for machine learning', 'Can work with vectors and matrices as NumPy arrays: compute norms, dot products and cosine similarity, multiply matrices and predict the shape of the result, and solve linear systems. Explains linear independence, rank and orthogonality, eigenvectors and eigenvalues of a symmetric matrix and the singular value decomposition, and relates them to least squares, PCA, embeddings and neural-network layers.', 'MACHINE_LEARNING'),
    ('calculus-for-ml', 'Calculus for machine learning', 'Can differentiate the functions ML models are built from (polynomials, exponentials, logarithms, the sigmoid), compute partial derivatives and the gradient of a loss with several parameters, apply the chain rule through composed functions, read the gradient as the direction of steepest ascent, and check an analytic derivative against a finite-difference estimate.', 'MACHINE_LEARNING');

-- ====================================================================================================
-- Modules: math foundations
-- ====================================================================================================
insert into module (slug, title, summary, area, level, estimated_minutes) values
    ('linear-algebra-for-ml', 'Linear Algebra for Machine Learning', 'Gives you the linear algebra that PCA, linear models, embeddings and neural networks are written in. You compute with vectors and matrices in NumPy, read a matrix product as a composition of transformations, solve linear systems, and build the intuition for eigenvectors and the singular value decomposition that dimensionality reduction relies on.', 'MACHINE_LEARNING', 'BEGINNER', 240),
    ('calculus-for-ml', 'Calculus for Machine Learning: Derivatives, Gradients and the Chain Rule', 'Covers the calculus behind training a model. You differentiate the functions used in losses and activations, collect partial derivatives into a gradient and read it as the direction of steepest ascent, and apply the chain rule through composed functions, the step that gradient descent and backpropagation are built on.', 'MACHINE_LEARNING', 'BEGINNER', 210);

insert into module_outcome (module_slug, position, outcome) values
    ('linear-algebra-for-ml', 0, 'Compute norms, dot products and cosine similarity of vectors with NumPy and explain what a dot product of zero means geometrically.'),
    ('linear-algebra-for-ml', 1, 'Multiply matrices by hand and with the @ operator, predict the shape of a product, and explain why matrix multiplication is not commutative.'),
    ('linear-algebra-for-ml', 2, 'Solve a linear system with numpy.linalg.solve, and relate rank and linear independence to whether a solution is unique.'),
    ('linear-algebra-for-ml', 3, 'Find the eigenvalues and eigenvectors of a small symmetric matrix and explain why the eigenvectors of a covariance matrix are the principal axes of the data.'),
    ('linear-algebra-for-ml', 4, 'Explain the singular value decomposition as rotation, scaling and rotation, and use a truncated SVD to build a low-rank approximation of a matrix.'),
    ('calculus-for-ml', 0, 'Differentiate polynomials, exponentials, logarithms and the sigmoid, and interpret a derivative as a local rate of change.'),
    ('calculus-for-ml', 1, 'Compute the partial derivatives of a function of several parameters and collect them into its gradient.'),
    ('calculus-for-ml', 2, 'Explain why the negative gradient is the direction of steepest descent and how that turns into the gradient-descent update rule.'),
    ('calculus-for-ml', 3, 'Apply the chain rule to a composition of functions, such as a squared error of a sigmoid of a weighted sum, and trace it on a computational graph.'),
    ('calculus-for-ml', 4, 'Check an analytic gradient against a central finite-difference estimate in NumPy.');

insert into module_resource (module_slug, position, title, url, kind) values
    ('linear-algebra-for-ml', 0, 'Mathematics for Machine Learning (Deisenroth, Faisal, Ong), free book', 'https://mml-book.github.io/', 'BOOK'),
    ('linear-algebra-for-ml', 1, 'Essence of Linear Algebra (3Blue1Brown)', 'https://www.3blue1brown.com/topics/linear-algebra', 'VIDEO'),
    ('linear-algebra-for-ml', 2, 'MIT OpenCourseWare 18.06 Linear Algebra (Gilbert Strang)', 'https://ocw.mit.edu/courses/18-06-linear-algebra-spring-2010/', 'VIDEO'),
    ('linear-algebra-for-ml', 3, 'NumPy: Linear algebra (numpy.linalg) reference', 'https://numpy.org/doc/stable/reference/routines.linalg.html', 'DOCUMENTATION'),
    ('calculus-for-ml', 0, 'Mathematics for Machine Learning (Deisenroth, Faisal, Ong), free book', 'https://mml-book.github.io/', 'BOOK'),
    ('calculus-for-ml', 1, 'Essence of Calculus (3Blue1Brown)', 'https://www.3blue1brown.com/topics/calculus', 'VIDEO'),
    ('calculus-for-ml', 2, 'MIT OpenCourseWare 18.02SC Multivariable Calculus', 'https://ocw.mit.edu/courses/18-02sc-multivariable-calculus-fall-2010/', 'VIDEO'),
    ('calculus-for-ml', 3, 'Calculus on Computational Graphs: Backpropagation (Christopher Olah)', 'https://colah.github.io/posts/2015-08-Backprop/', 'ARTICLE'),
    ('calculus-for-ml', 4, 'CS231n course notes: Backpropagation, intuitions', 'https://cs231n.github.io/optimization-2/', 'ARTICLE');

insert into module_skill (module_slug, skill_code) values
    ('linear-algebra-for-ml', 'linear-algebra-for-ml'),
    ('calculus-for-ml', 'calculus-for-ml');

-- ====================================================================================================
-- Module prerequisites ("module_slug requires prerequisite_slug")
-- ====================================================================================================
-- Linear algebra works on NumPy arrays; calculus for ML differentiates functions of parameter vectors.
-- PCA (dimensionality-reduction) needs eigenvectors and the SVD; gradient descent (taught in linear-regression) needs
-- gradients. Backpropagation (neural-network-fundamentals) gets both through logistic-regression -> linear-regression,
-- so a direct edge would be transitively implied.
-- Feature engineering builds date parts, lags and rolling windows (pandas-time-series). Matrix factorization in
-- recommender systems is regularized and trained by gradient descent (bias-variance-regularization, which requires
-- linear-regression). Isolation Forest, Local Outlier Factor and One-Class SVM build on trees, neighbors and SVMs.
-- DQN is Q-learning with a neural network. Data storytelling states uncertainty from confidence intervals and tests;
-- linear regression reads coefficients with standard errors and confidence intervals; interpretability starts from
-- logistic-regression coefficients as odds ratios.
insert into module_prerequisite (module_slug, prerequisite_slug) values
    ('linear-algebra-for-ml', 'numpy-fundamentals'),
    ('calculus-for-ml', 'linear-algebra-for-ml'),
    ('dimensionality-reduction', 'linear-algebra-for-ml'),
    ('linear-regression', 'calculus-for-ml'),
    ('linear-regression', 'statistical-inference-ab-testing'),
    ('feature-engineering', 'pandas-time-series'),
    ('recommender-systems', 'bias-variance-regularization'),
    ('anomaly-detection', 'decision-trees'),
    ('anomaly-detection', 'k-nearest-neighbors'),
    ('anomaly-detection', 'support-vector-machines'),
    ('q-learning', 'neural-network-fundamentals'),
    ('data-storytelling', 'statistical-inference-ab-testing'),
    ('model-interpretability', 'logistic-regression');

-- Edges the new ones imply, removed so that the graph keeps no transitively implied edge (the closure of every
-- module is unchanged): k-nearest-neighbors and decision-trees require classification-metrics; linear-regression
-- now requires statistical-inference-ab-testing, which requires probability-for-data-science; model-interpretability
-- now requires logistic-regression.
delete from module_prerequisite
where (module_slug, prerequisite_slug) in (('anomaly-detection', 'classification-metrics'),
                                           ('logistic-regression', 'probability-for-data-science'),
                                           ('ml-in-healthcare', 'logistic-regression'));

update module set version = version + 1, updated_at = now()
where slug in ('dimensionality-reduction', 'linear-regression', 'feature-engineering', 'recommender-systems',
               'anomaly-detection', 'q-learning', 'data-storytelling', 'model-interpretability', 'logistic-regression',
               'ml-in-healthcare');

-- ====================================================================================================
-- Goals: add what the new prerequisites require, so that each goal stays closed under prerequisites
-- ====================================================================================================
-- ml-foundations (25 -> 29 modules): linear-regression and dimensionality-reduction now require the math modules and
-- statistical-inference-ab-testing; feature-engineering requires pandas-time-series.
insert into goal_module (goal_slug, module_slug) values
    ('ml-foundations', 'linear-algebra-for-ml'),
    ('ml-foundations', 'calculus-for-ml'),
    ('ml-foundations', 'statistical-inference-ab-testing'),
    ('ml-foundations', 'pandas-time-series');

-- ml-interview-ready (45 -> 49 modules, the whole catalog): the math modules, and the Plotly and data-storytelling
-- modules the source text lists for interview preparation (their prerequisites are already in the goal).
insert into goal_module (goal_slug, module_slug) values
    ('ml-interview-ready', 'linear-algebra-for-ml'),
    ('ml-interview-ready', 'calculus-for-ml'),
    ('ml-interview-ready', 'interactive-visualization-plotly'),
    ('ml-interview-ready', 'data-storytelling');

-- deep-learning-practitioner (25 -> 29 modules): as ml-foundations, through linear-regression and feature-engineering.
insert into goal_module (goal_slug, module_slug) values
    ('deep-learning-practitioner', 'linear-algebra-for-ml'),
    ('deep-learning-practitioner', 'calculus-for-ml'),
    ('deep-learning-practitioner', 'statistical-inference-ab-testing'),
    ('deep-learning-practitioner', 'pandas-time-series');

update goal set version = version + 1, updated_at = now()
where slug in ('ml-foundations', 'ml-interview-ready', 'deep-learning-practitioner');

update catalog_revision set revision = revision + 1 where id = 1;
