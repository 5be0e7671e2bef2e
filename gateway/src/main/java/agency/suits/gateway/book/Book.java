package agency.suits.gateway.book;

import java.util.HashMap;
import java.util.Map;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The answer of {@code GET /api/book}: clients-service's accounts, in its order, each with creative's jobs and
 * billing's money joined by client. A part that could not be had leaves its field null on every account and is
 * named in {@code unavailable}; an account a part answered nothing for has none of it (no open job, no money
 * owed). The figures keep their {@code clientId}, so each is whole as its service describes it.
 */
public final class Book {

    static final JsonObject NO_JOBS = new JsonObject().put("openJobs", 0).put("roundsUsed", 0)
            .put("roundsIncluded", 0).put("jobsOverRounds", 0);
    static final JsonObject NO_MONEY = new JsonObject().put("budgets", new JsonArray()).put("jobsOverBudget", 0)
            .put("receivables", new JsonArray());

    private Book() {
    }

    /**
     * @param accounts clients-service's accounts
     * @param jobs     creative's accounts by client, or null when its part is missing
     * @param money    billing's accounts by client, or null when its part is missing
     */
    public static JsonObject of(JsonArray accounts, JsonArray jobs, JsonArray money, JsonArray unavailable) {
        Map<String, JsonObject> jobsByClient = byClient(jobs);
        Map<String, JsonObject> moneyByClient = byClient(money);
        JsonArray joined = new JsonArray();
        for (Object each : accounts) {
            if (!(each instanceof JsonObject account)) {
                continue;
            }
            String client = account.getString("clientId");
            joined.add(account.copy()
                    .put("jobs", figures(jobsByClient, client, NO_JOBS))
                    .put("money", figures(moneyByClient, client, NO_MONEY)));
        }
        return new JsonObject().put("accounts", joined).put("partial", !unavailable.isEmpty())
                .put("unavailable", unavailable);
    }

    private static JsonObject figures(Map<String, JsonObject> part, String client, JsonObject none) {
        if (part == null) {
            return null;
        }
        JsonObject figures = part.get(client);
        return figures != null ? figures : new JsonObject().put("clientId", client).mergeIn(none.copy());
    }

    private static Map<String, JsonObject> byClient(JsonArray part) {
        if (part == null) {
            return null;
        }
        Map<String, JsonObject> byClient = new HashMap<>();
        for (Object each : part) {
            if (each instanceof JsonObject entry && entry.getString("clientId") != null) {
                byClient.put(entry.getString("clientId"), entry);
            }
        }
        return byClient;
    }
}
