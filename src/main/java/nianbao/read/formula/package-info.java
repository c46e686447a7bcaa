/**
 * The formulas the reader computes itself, signed sums of cells, ranges, names and numbers
 * ({@link nianbao.read.formula.Formula}), evaluated over a book ({@link nianbao.read.formula.Evaluator}).
 */
package nianbao.read.formula;
