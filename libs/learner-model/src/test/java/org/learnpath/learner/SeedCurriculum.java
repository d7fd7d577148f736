package org.learnpath.learner;

import java.util.List;

/**
 * Test fixture: the "Data Analyst" goal of the seeded catalog (catalog-service V2__seed_curriculum.sql) with
 * everything it requires: 16 modules, 25 skills and their 18 prerequisite edges, copied verbatim. Modules are
 * declared in the catalog's study preference (level, then slug) so that orders match the catalog service.
 */
final class SeedCurriculum {

    static final String GOAL = "data-analyst";

    private SeedCurriculum() {
    }

    static CatalogGraph dataAnalyst() {
        return CatalogGraph.builder()
                .skill("python-essentials", "Python essentials for data work")
                .skill("numpy-arrays", "NumPy arrays and vectorization")
                .skill("pandas-data-structures", "pandas Series and DataFrames")
                .skill("pandas-indexing", "Selecting and filtering data in pandas")
                .skill("pandas-groupby", "GroupBy aggregation (split-apply-combine)")
                .skill("pandas-merge-join", "Merging, joining and concatenating tables")
                .skill("pandas-reshaping", "Reshaping data: pivot, melt, stack")
                .skill("pandas-datetime", "Dates and time series in pandas")
                .skill("descriptive-statistics", "Descriptive statistics")
                .skill("probability-basics", "Probability fundamentals")
                .skill("probability-distributions", "Common probability distributions")
                .skill("sampling-confidence-intervals", "Sampling distributions and confidence intervals")
                .skill("hypothesis-testing", "Hypothesis testing and A/B tests")
                .skill("data-quality-checks", "Data quality checks and validation")
                .skill("missing-values", "Handling missing values")
                .skill("outlier-handling", "Detecting and treating outliers")
                .skill("categorical-encoding", "Encoding categorical variables")
                .skill("feature-scaling", "Feature scaling and transformation")
                .skill("matplotlib-basics", "Plotting with Matplotlib")
                .skill("pandas-plotting", "Quick exploratory plots with pandas")
                .skill("seaborn-statistical-plots", "Statistical visualization with seaborn")
                .skill("plotly-interactive-charts", "Interactive charts with Plotly")
                .skill("eda-workflow", "Exploratory data analysis workflow")
                .skill("correlation-analysis", "Correlation and association analysis")
                .skill("data-storytelling", "Communicating insights with data storytelling")
                // BEGINNER
                .module("data-cleaning", "Data Cleaning: Quality Checks, Missing Values and Outliers",
                        List.of("data-quality-checks", "missing-values", "outlier-handling"),
                        List.of("descriptive-statistics"))
                .module("descriptive-statistics", "Descriptive Statistics for Data Analysis",
                        List.of("descriptive-statistics"), List.of("pandas-essentials"))
                .module("numpy-fundamentals", "NumPy Fundamentals: Arrays and Vectorization",
                        List.of("numpy-arrays"), List.of("python-for-data-analysis"))
                .module("pandas-essentials", "pandas Essentials: DataFrames, Selection and Filtering",
                        List.of("pandas-data-structures", "pandas-indexing"), List.of("numpy-fundamentals"))
                .module("pandas-groupby-aggregation", "GroupBy and Aggregation in pandas",
                        List.of("pandas-groupby"), List.of("pandas-essentials"))
                .module("python-for-data-analysis", "Python Essentials for Data Analysis",
                        List.of("python-essentials"), List.of())
                .module("visualization-matplotlib-pandas", "Data Visualization with Matplotlib and pandas",
                        List.of("matplotlib-basics", "pandas-plotting"), List.of("pandas-essentials"))
                // INTERMEDIATE
                .module("data-storytelling", "Communicating Insights and Data Storytelling",
                        List.of("data-storytelling"), List.of("exploratory-data-analysis"))
                .module("encoding-and-scaling", "Preprocessing for ML: Encoding and Scaling",
                        List.of("categorical-encoding", "feature-scaling"), List.of("data-cleaning"))
                .module("exploratory-data-analysis", "Exploratory Data Analysis End to End",
                        List.of("eda-workflow", "correlation-analysis"),
                        List.of("data-cleaning", "statistical-visualization-seaborn", "pandas-groupby-aggregation"))
                .module("interactive-visualization-plotly", "Interactive Visualization with Plotly",
                        List.of("plotly-interactive-charts"), List.of("visualization-matplotlib-pandas"))
                .module("pandas-merging-reshaping", "Combining and Reshaping Data in pandas",
                        List.of("pandas-merge-join", "pandas-reshaping"), List.of("pandas-groupby-aggregation"))
                .module("pandas-time-series", "Working with Dates and Time Series in pandas",
                        List.of("pandas-datetime"), List.of("pandas-groupby-aggregation"))
                .module("probability-for-data-science", "Probability for Data Science and ML",
                        List.of("probability-basics", "probability-distributions"), List.of("descriptive-statistics"))
                .module("statistical-inference-ab-testing", "Statistical Inference and A/B Testing",
                        List.of("sampling-confidence-intervals", "hypothesis-testing"),
                        List.of("probability-for-data-science"))
                .module("statistical-visualization-seaborn", "Statistical Visualization with seaborn",
                        List.of("seaborn-statistical-plots"),
                        List.of("visualization-matplotlib-pandas", "descriptive-statistics"))
                .goal(GOAL, "Data Analyst", List.of("python-for-data-analysis", "numpy-fundamentals",
                        "pandas-essentials", "pandas-groupby-aggregation", "pandas-merging-reshaping",
                        "pandas-time-series", "descriptive-statistics", "probability-for-data-science",
                        "statistical-inference-ab-testing", "data-cleaning", "encoding-and-scaling",
                        "visualization-matplotlib-pandas", "statistical-visualization-seaborn",
                        "interactive-visualization-plotly", "exploratory-data-analysis", "data-storytelling"))
                .build();
    }
}
