package dev.parley.events;

/** Where a customer's post was made. JSON: {@code "x"}, {@code "facebook"}, ... */
public enum Platform implements WireEnum {
    X, FACEBOOK, INSTAGRAM, REDDIT, YOUTUBE, REVIEW, GENERIC
}
