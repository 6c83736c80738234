package dev.parley.analytics.sampling;

import dev.parley.events.WireEnum;

/** JSON: {@code "random"}, {@code "stratified"}, {@code "loudest"}. */
public enum SamplingMethod implements WireEnum {
    /** Every post or case equally likely (reservoir sampling): representative by design. */
    RANDOM,
    /** Random within each value of a dimension, in proportion to its share: representative on that dimension too. */
    STRATIFIED,
    /**
     * The posts of the most-followed authors, or the highest-priority cases: what a team sees if it only watches
     * the loud ones. Not random.
     */
    LOUDEST
}
