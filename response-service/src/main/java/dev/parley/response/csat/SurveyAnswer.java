package dev.parley.response.csat;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A customer's answer to the survey: a score from 1 to 5 and, when asked, a recommendation from 0 to 10, as the
 * first numbers of a short reply ("5", "4 and 9", "5/5 - 10!"). Anything longer or without a score is a new
 * message, not an answer.
 *
 * @param score 1 (poor) to 5 (great)
 * @param nps   0 to 10, or null
 */
public record SurveyAnswer(int score, Integer nps) {
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.])(\\d{1,2})(?![\\d.])");
    private static final Pattern HANDLES_AND_LINKS = Pattern.compile("@\\w+|https?://\\S+");
    /** Longer than this, a reply is a message with something to say, even if it starts with a number. */
    private static final int MAX_WORDS = 8;

    public static Optional<SurveyAnswer> read(String text) {
        String body = HANDLES_AND_LINKS.matcher(text).replaceAll(" ").replaceAll("/5\\b", " ").strip();
        if (body.isEmpty() || body.split("\\s+").length > MAX_WORDS) {
            return Optional.empty();
        }
        Matcher numbers = NUMBER.matcher(body);
        if (!numbers.find()) {
            return Optional.empty();
        }
        int score = Integer.parseInt(numbers.group(1));
        if (score < 1 || score > 5) {
            return Optional.empty();
        }
        Integer nps = null;
        if (numbers.find()) {
            int second = Integer.parseInt(numbers.group(1));
            nps = second <= 10 ? second : null;
        }
        return Optional.of(new SurveyAnswer(score, nps));
    }
}
