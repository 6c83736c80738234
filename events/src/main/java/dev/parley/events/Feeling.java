package dev.parley.events;

/** A feeling a customer shows in a post. JSON: {@code "anger"}, {@code "frustration"}, … */
public enum Feeling implements WireEnum {
    ANGER, FRUSTRATION, ANXIETY, CONFUSION, GRATITUDE
}
