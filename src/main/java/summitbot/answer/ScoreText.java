package summitbot.answer;

/**
 * A score as /why and the answer's detail print it, with two decimals ("0.53", "-1.20"): written
 * for every answer, so without {@code String.format}'s cost.
 */
final class ScoreText {
    private ScoreText() {
    }

    /** {@code x} rounded half up to two decimals (as {@code %.2f} writes it, but for binary edges like 1.005). */
    static String of(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return String.valueOf(x);
        }
        long hundredths = Math.round(Math.abs(x) * 100);
        long cents = hundredths % 100;
        return (x < 0 && hundredths != 0 ? "-" : "") + hundredths / 100 + (cents < 10 ? ".0" : ".") + cents;
    }
}
