package dev.parley.ingestion.imports;

import dev.parley.events.RawPost;
import dev.parley.ingestion.threading.ThreadLink;

/** What one row of an export is to Parley. */
sealed interface ImportedRow {

    /** A customer's message, to be ingested. */
    record CustomerPost(RawPost raw) implements ImportedRow {
    }

    /** The brand's own answer: not ingested, but customers' replies to it join its conversation. */
    record BrandAnswer(ThreadLink link) implements ImportedRow {
    }

    /** Anything else that is not a customer's message. */
    record Skipped() implements ImportedRow {
    }
}
