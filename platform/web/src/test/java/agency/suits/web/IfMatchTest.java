package agency.suits.web;

import agency.suits.web.problem.PreconditionFailedProblem;
import agency.suits.web.problem.PreconditionRequiredProblem;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IfMatchTest {

    @Test
    void requiresTheHeader() {
        assertThrows(PreconditionRequiredProblem.class, () -> IfMatch.required(null));
        assertThrows(PreconditionRequiredProblem.class, () -> IfMatch.required("  "));
    }

    @Test
    void matchesTheQuotedVersion() {
        assertTrue(IfMatch.required("\"7\"").matches(7));
        assertFalse(IfMatch.required("\"7\"").matches(8));
    }

    @Test
    void toleratesAnUnquotedVersion() {
        assertTrue(IfMatch.required("7").matches(7));
    }

    @Test
    void neverMatchesAWeakTag() {
        assertFalse(IfMatch.required("W/\"7\"").matches(7));
    }

    @Test
    void matchesAnyOfAList() {
        assertTrue(IfMatch.required("\"5\", \"7\"").matches(7));
    }

    @Test
    void matchesEveryVersionWithTheWildcard() {
        assertTrue(IfMatch.required("*").matches(42));
    }

    @Test
    void verifiesOrFailsThePrecondition() {
        assertDoesNotThrow(() -> IfMatch.required("\"3\"").verify(3));
        assertThrows(PreconditionFailedProblem.class, () -> IfMatch.required("\"2\"").verify(3));
        assertThrows(PreconditionFailedProblem.class, () -> IfMatch.required("garbage").verify(3));
    }

    @Test
    void tagsAVersionStrongly() {
        assertFalse(VersionTag.of(3).isWeak());
        assertEquals("3", VersionTag.of(3).getValue());
    }
}
