package agency.suits.events;

import agency.suits.events.billing.BudgetExceeded;
import agency.suits.events.billing.BudgetRaised;
import agency.suits.events.billing.BudgetThresholdReached;
import agency.suits.events.billing.EstimateApproved;
import agency.suits.events.billing.InvoiceIssued;
import agency.suits.events.billing.InvoiceOverdue;
import agency.suits.events.billing.PayableApproved;
import agency.suits.events.billing.PaymentReceived;
import agency.suits.events.briefs.BriefSubmitted;
import agency.suits.events.briefs.BriefWithdrawn;
import agency.suits.events.briefs.JobRequestReceived;
import agency.suits.events.briefs.ScheduleChanged;
import agency.suits.events.clients.AccountTeamChanged;
import agency.suits.events.clients.ClientAtRisk;
import agency.suits.events.clients.ClientRegistered;
import agency.suits.events.clients.ClientUpdated;
import agency.suits.events.clients.ContractAmended;
import agency.suits.events.clients.ContractRenewalDue;
import agency.suits.events.clients.ContractTerminated;
import agency.suits.events.clients.RuleSettingChanged;
import agency.suits.events.clients.ContractSigned;
import agency.suits.events.creative.CreativeApproved;
import agency.suits.events.creative.CreativeJobOpened;
import agency.suits.events.creative.FeedbackReturned;
import agency.suits.events.creative.RevisionLimitExceeded;
import agency.suits.events.creative.WorkPresented;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalog of every event: name, schema version, CloudEvents type, topic, payload record and JSON Schema.
 *
 * <p>Versioning: a change a consumer of the current version could not read (a field removed, renamed, retyped,
 * made required, or an enum value added) is a new version: a new constant such as
 * {@code CLIENT_REGISTERED_V2("ClientRegistered", 2, ...)}, a new record {@code ClientRegisteredV2} and a new
 * schema file {@code ClientRegistered.v2.json}. The old version stays registered, and is published alongside the
 * new one, until no consumer reads it. Since schemas forbid unknown properties, even an added field is a new version.
 */
public enum EventType {

    CLIENT_REGISTERED("ClientRegistered", 1, Topics.CLIENTS, ClientRegistered.class),
    CLIENT_UPDATED("ClientUpdated", 1, Topics.CLIENTS, ClientUpdated.class),
    ACCOUNT_TEAM_CHANGED("AccountTeamChanged", 1, Topics.CLIENTS, AccountTeamChanged.class),
    CONTRACT_SIGNED("ContractSigned", 1, Topics.CLIENTS, ContractSigned.class),
    CONTRACT_RENEWAL_DUE("ContractRenewalDue", 1, Topics.CLIENTS, ContractRenewalDue.class),
    CONTRACT_AMENDED("ContractAmended", 1, Topics.CLIENTS, ContractAmended.class),
    CONTRACT_TERMINATED("ContractTerminated", 1, Topics.CLIENTS, ContractTerminated.class),
    CLIENT_AT_RISK("ClientAtRisk", 1, Topics.CLIENTS, ClientAtRisk.class),
    RULE_SETTING_CHANGED("RuleSettingChanged", 1, Topics.CLIENTS, RuleSettingChanged.class),

    JOB_REQUEST_RECEIVED("JobRequestReceived", 1, Topics.BRIEFS, JobRequestReceived.class),
    BRIEF_SUBMITTED("BriefSubmitted", 1, Topics.BRIEFS, BriefSubmitted.class),
    BRIEF_WITHDRAWN("BriefWithdrawn", 1, Topics.BRIEFS, BriefWithdrawn.class),
    SCHEDULE_CHANGED("ScheduleChanged", 1, Topics.BRIEFS, ScheduleChanged.class),

    CREATIVE_JOB_OPENED("CreativeJobOpened", 1, Topics.CREATIVE, CreativeJobOpened.class),
    WORK_PRESENTED("WorkPresented", 1, Topics.CREATIVE, WorkPresented.class),
    FEEDBACK_RETURNED("FeedbackReturned", 1, Topics.CREATIVE, FeedbackReturned.class),
    REVISION_LIMIT_EXCEEDED("RevisionLimitExceeded", 1, Topics.CREATIVE, RevisionLimitExceeded.class),
    CREATIVE_APPROVED("CreativeApproved", 1, Topics.CREATIVE, CreativeApproved.class),

    ESTIMATE_APPROVED("EstimateApproved", 1, Topics.BILLING, EstimateApproved.class),
    BUDGET_THRESHOLD_REACHED("BudgetThresholdReached", 1, Topics.BILLING, BudgetThresholdReached.class),
    BUDGET_EXCEEDED("BudgetExceeded", 1, Topics.BILLING, BudgetExceeded.class),
    BUDGET_RAISED("BudgetRaised", 1, Topics.BILLING, BudgetRaised.class),
    INVOICE_ISSUED("InvoiceIssued", 1, Topics.BILLING, InvoiceIssued.class),
    PAYMENT_RECEIVED("PaymentReceived", 1, Topics.BILLING, PaymentReceived.class),
    INVOICE_OVERDUE("InvoiceOverdue", 1, Topics.BILLING, InvoiceOverdue.class),
    PAYABLE_APPROVED("PayableApproved", 1, Topics.BILLING, PayableApproved.class);

    public static final String TYPE_PREFIX = "agency.suits.";
    public static final String SCHEMA_FOLDER = "agency/suits/events/schemas/";
    public static final String SCHEMA_URN_PREFIX = "urn:suits:schema:events:";

    private final String eventName;
    private final int version;
    private final String topic;
    private final Class<? extends EventPayload> payloadClass;

    EventType(String eventName, int version, String topic, Class<? extends EventPayload> payloadClass) {
        this.eventName = eventName;
        this.version = version;
        this.topic = topic;
        this.payloadClass = payloadClass;
    }

    public String eventName() {
        return eventName;
    }

    public int version() {
        return version;
    }

    /** The CloudEvents {@code type}, for example {@code agency.suits.BriefSubmitted.v1}. */
    public String type() {
        return TYPE_PREFIX + eventName + ".v" + version;
    }

    public String topic() {
        return topic;
    }

    public Class<? extends EventPayload> payloadClass() {
        return payloadClass;
    }

    /** Classpath location of the JSON Schema of the data, for {@link ClassLoader#getResource(String)}. */
    public String schemaResource() {
        return SCHEMA_FOLDER + eventName + ".v" + version + ".json";
    }

    /** The schema's {@code $id}, sent as the CloudEvents {@code dataschema}; it names the schema, it is not fetched. */
    public URI dataschema() {
        return URI.create(SCHEMA_URN_PREFIX + eventName + ":v" + version);
    }

    public static Optional<EventType> forType(String type) {
        return Optional.ofNullable(Lookup.BY_TYPE.get(type));
    }

    public static EventType forPayload(Class<?> payloadClass) {
        EventType eventType = Lookup.BY_PAYLOAD.get(payloadClass);
        if (eventType == null) {
            throw new IllegalArgumentException(payloadClass.getName() + " is not a registered event payload");
        }
        return eventType;
    }

    public static List<EventType> publishedOn(String topic) {
        return Arrays.stream(values()).filter(eventType -> eventType.topic.equals(topic)).toList();
    }

    // Enum constants are built before the enum's own static fields, so the indexes live in a holder class.
    private static final class Lookup {
        static final Map<String, EventType> BY_TYPE = index(EventType::type);
        static final Map<Class<?>, EventType> BY_PAYLOAD = index(EventType::payloadClass);

        private static <K> Map<K, EventType> index(Function<EventType, K> key) {
            return Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(key, Function.identity()));
        }
    }
}
