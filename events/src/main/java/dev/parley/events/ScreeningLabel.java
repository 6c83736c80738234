package dev.parley.events;

/** Whether a post is for the brand's agents. JSON: {@code "relevant"}, {@code "spam"}, {@code "bot"}, {@code "irrelevant"}. */
public enum ScreeningLabel implements WireEnum {
    RELEVANT, SPAM, BOT, IRRELEVANT
}
