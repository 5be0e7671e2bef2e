package agency.suits.billing.invoice;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class InvoiceLineTest {

    @Test
    void aDescriptionThatFitsItsColumnIsKeptAsItIs() {
        String fits = "x".repeat(InvoiceLine.DESCRIPTION_LENGTH);
        assertSame(fits, InvoiceLine.fitting(fits));
    }

    @Test
    void aLongerOneIsCutToTheColumnWithAnEllipsis() {
        String cut = InvoiceLine.fitting("PrintCo: " + "y".repeat(600));
        assertEquals(InvoiceLine.DESCRIPTION_LENGTH, cut.length());
        assertEquals("PrintCo: " + "y".repeat(490) + "\u2026", cut);
    }

    @Test
    void aCutNeverSplitsACharacterOutsideTheBasicPlane() {
        String emoji = "\uD83D\uDE00";
        String cut = InvoiceLine.fitting("z".repeat(498) + emoji + "tail");
        assertEquals("z".repeat(498) + "\u2026", cut);
    }
}
