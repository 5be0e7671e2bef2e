package agency.suits.creative.book;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** creative-workflow-service's part of the book: each account's open jobs and the rounds they have used. */
@Schema(name = "CreativeBook", description = "The open creative jobs of each account of the caller's book; an "
        + "account without an open job is left out", requiredProperties = {"accounts"})
public record BookJobs(List<Account> accounts) {

    @Schema(name = "BookJobs", description = "One account's open jobs (neither approved nor cancelled)")
    public record Account(UUID clientId,
                          int openJobs,
                          @Schema(description = "The rounds the open jobs are in, added up (the round in "
                                  + "progress counts)")
                          long roundsUsed,
                          @Schema(description = "The rounds their contracts include, added up")
                          long roundsIncluded,
                          @Schema(description = "Open jobs past the rounds their contract includes")
                          int jobsOverRounds) {
    }
}
