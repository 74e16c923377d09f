# Reference values for analysis.lexico.correspondence, computed once with FactoMineR's CA().
#
# Rerun (needs R, not needed by `make test`):
#   apt-get install -y r-base-core r-cran-factominer r-cran-ca r-cran-jsonlite
#   Rscript tools/factominer_reference.R tests/data/lexico/factominer
#
# For each published example table it writes <name>.csv (first column: row labels; then the
# counts, supplementary rows and columns included) and <name>.json (FactoMineR's eigenvalues,
# coordinates, contributions, cos2 and inertias of active and supplementary rows and columns).
# The tests compare our numbers with these up to the sign of each axis.

suppressPackageStartupMessages({
  library(FactoMineR)
  library(ca)
  library(jsonlite)
})

args <- commandArgs(trailingOnly = TRUE)
out_dir <- if (length(args) >= 1) args[[1]] else "tests/data/lexico/factominer"
dir.create(out_dir, showWarnings = FALSE, recursive = TRUE)

matrix_json <- function(m) {
  if (is.null(m)) return(NULL)
  m <- as.matrix(m)
  list(labels = rownames(m), dims = colnames(m), values = unname(m))
}

reference <- function(name, table, source, row_sup = NULL, col_sup = NULL, ncp = 5) {
  table <- as.data.frame(table)
  res <- CA(table, ncp = ncp, row.sup = row_sup, col.sup = col_sup, graph = FALSE)
  csv <- cbind(label = rownames(table), table)
  write.csv(csv, file.path(out_dir, paste0(name, ".csv")), row.names = FALSE, fileEncoding = "UTF-8")
  out <- list(
    name = name,
    source = source,
    factominer_version = as.character(packageVersion("FactoMineR")),
    ncp = ncp,
    row_sup = if (is.null(row_sup)) list() else rownames(table)[row_sup],
    col_sup = if (is.null(col_sup)) list() else colnames(table)[col_sup],
    eig = matrix_json(res$eig),
    row = list(coord = matrix_json(res$row$coord), contrib = matrix_json(res$row$contrib),
               cos2 = matrix_json(res$row$cos2), inertia = unname(res$row$inertia)),
    col = list(coord = matrix_json(res$col$coord), contrib = matrix_json(res$col$contrib),
               cos2 = matrix_json(res$col$cos2), inertia = unname(res$col$inertia)),
    row_sup_values = if (is.null(row_sup)) NULL else
      list(coord = matrix_json(res$row.sup$coord), cos2 = matrix_json(res$row.sup$cos2)),
    col_sup_values = if (is.null(col_sup)) NULL else
      list(coord = matrix_json(res$col.sup$coord), cos2 = matrix_json(res$col.sup$cos2))
  )
  write(toJSON(out, digits = NA, auto_unbox = TRUE, null = "null", pretty = TRUE),
        file.path(out_dir, paste0(name, ".json")))
  cat(name, ": ", nrow(table), " x ", ncol(table), ", eigenvalues ",
      paste(signif(res$eig[, 1], 4), collapse = " "), "\n", sep = "")
}

data(children, package = "FactoMineR")
reference("children", children, row_sup = 15:18, col_sup = 6:8,
          source = paste("FactoMineR dataset 'children' (Husson, Le & Pages, Exploratory Multivariate Analysis",
                         "by Example Using R, ch. 2); the CA() help page example, rows 15-18 and columns 6-8",
                         "supplementary"))

data(smoke, package = "ca")
reference("smoke", smoke, ncp = 3,
          source = "ca package dataset 'smoke' (Greenacre, Theory and Applications of Correspondence Analysis, 1984)")

data(author, package = "ca")
reference("author", author, ncp = 5,
          source = "ca package dataset 'author' (Greenacre, Correspondence Analysis in Practice: letter counts by author)")

data(JO, package = "FactoMineR")
reference("jo", JO, ncp = 5,
          source = "FactoMineR dataset 'JO' (athletics medals by event and country, Husson, Le & Pages ch. 2)")
