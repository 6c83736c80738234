package dev.parley.events;

/**
 * The language a post is written in.
 *
 * @param tag        ISO 639-1 code where one exists (e.g. {@code en}, {@code es}), else ISO 639-3; {@code und}
 *                   when the text is too short or mixed to tell
 * @param confidence 0 to 1
 * @param source     {@code platform} (the platform said so) or {@code detected} (triage read the text)
 */
public record DetectedLanguage(String tag, double confidence, String source) {
}
