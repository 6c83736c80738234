package dev.parley.response.replies;

import java.util.List;

/** A reply with account details on a public channel: they go in private messages only. */
public class AccountDetailsInPublicException extends RuntimeException {
    public AccountDetailsInPublicException(List<String> found) {
        super("this case is public and the reply contains account details " + found
                + "; move the conversation to private messages first");
    }
}
