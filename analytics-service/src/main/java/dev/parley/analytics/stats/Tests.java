package dev.parley.analytics.stats;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;

/** The other tests analytics reports with: chi-square for mixes (sentiment, platforms), Mann-Whitney for times. */
public final class Tests {
    private Tests() {
    }

    /**
     * Chi-square test of independence of a contingency table, e.g. periods × sentiment classes. Rows or columns
     * that are all zero are left out (they carry no information and would divide by zero).
     */
    public static Result chiSquare(long[][] table) {
        long[][] used = withoutEmptyLines(table);
        if (used.length < 2 || used[0].length < 2) {
            return new Result(0, 1);
        }
        ChiSquareTest test = new ChiSquareTest();
        return new Result(test.chiSquare(used), test.chiSquareTest(used));
    }

    /** Two-sided Mann-Whitney U test (normal approximation): do response times in one period run longer? */
    public static Result mannWhitney(double[] first, double[] second) {
        if (first.length == 0 || second.length == 0) {
            throw new IllegalArgumentException("both samples need observations");
        }
        MannWhitneyUTest test = new MannWhitneyUTest();
        return new Result(test.mannWhitneyU(first, second), test.mannWhitneyUTest(first, second));
    }

    private static long[][] withoutEmptyLines(long[][] table) {
        int columns = table[0].length;
        boolean[] keepColumn = new boolean[columns];
        for (long[] row : table) {
            for (int c = 0; c < columns; c++) {
                keepColumn[c] |= row[c] != 0;
            }
        }
        return Arrays.stream(table).filter(row -> Arrays.stream(row).sum() != 0)
                .map(row -> IntStream.range(0, columns).filter(c -> keepColumn[c])
                        .mapToLong(c -> row[c]).toArray())
                .toArray(long[][]::new);
    }

    /**
     * @param statistic the test's statistic (chi-square; U)
     * @param pValue    two-sided p
     */
    public record Result(double statistic, double pValue) {
    }
}
