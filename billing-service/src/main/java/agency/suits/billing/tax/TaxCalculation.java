package agency.suits.billing.tax;

import agency.suits.domain.money.Amount;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rounding rule of tax (docs/billing-service.md): tax is computed per rate on the whole invoice, the net of all
 * its lines at that rate times the rate, rounded half-even once to the currency's minor units. Each line carries its
 * share of that figure: its exact tax cut down to minor units, and the minor units left over go one each to the
 * lines with the largest cut-off remainders (the earlier line first on a tie), so the lines add up to the rate's tax
 * exactly and no figure is rounded twice.
 */
public final class TaxCalculation {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private TaxCalculation() {
    }

    /** One line: its net and its rate in percent. */
    public record Line(Amount net, BigDecimal percent) {
    }

    /** The tax of each line, in the order given. */
    public static List<Amount> taxes(List<Line> lines) {
        List<Amount> taxes = new ArrayList<>(lines.size());
        Map<BigDecimal, List<Integer>> byRate = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            taxes.add(null);
            byRate.computeIfAbsent(lines.get(i).percent().stripTrailingZeros(), p -> new ArrayList<>()).add(i);
        }
        for (List<Integer> group : byRate.values()) {
            allocate(lines, group, taxes);
        }
        return taxes;
    }

    private static void allocate(List<Line> lines, List<Integer> group, List<Amount> taxes) {
        String currency = lines.get(group.get(0)).net().currency();
        int minorUnits = lines.get(group.get(0)).net().minorUnits();
        BigDecimal groupNet = BigDecimal.ZERO;
        List<BigDecimal> exact = new ArrayList<>();
        for (int index : group) {
            Line line = lines.get(index);
            groupNet = groupNet.add(line.net().value());
            exact.add(line.net().value().multiply(line.percent()).divide(HUNDRED));
        }
        BigDecimal percent = lines.get(group.get(0)).percent();
        BigDecimal groupTax = groupNet.multiply(percent).divide(HUNDRED).setScale(minorUnits, Amount.ROUNDING);
        BigDecimal unit = BigDecimal.ONE.movePointLeft(minorUnits);
        List<BigDecimal> shares = new ArrayList<>();
        BigDecimal allotted = BigDecimal.ZERO;
        for (BigDecimal tax : exact) {
            BigDecimal cut = tax.setScale(minorUnits, RoundingMode.FLOOR);
            shares.add(cut);
            allotted = allotted.add(cut);
        }
        int left = groupTax.subtract(allotted).divide(unit).intValueExact();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < group.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> exact.get(i).subtract(shares.get(i))).reversed()
                .thenComparing(i -> i));
        for (int k = 0; k < left; k++) {
            int i = order.get(k % order.size());
            shares.set(i, shares.get(i).add(unit));
        }
        for (int i = 0; i < group.size(); i++) {
            taxes.set(group.get(i), Amount.computed(shares.get(i), currency));
        }
    }
}
