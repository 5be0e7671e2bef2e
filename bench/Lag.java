import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * How far the consumers of the local stack are behind, for bench/writes.sh. Needs the kafka-clients and PostgreSQL
 * driver jars the local stack already has (platform/local-stack/target/lib):
 *
 * <pre>
 *   java -cp 'platform/local-stack/target/lib/*' bench/Lag.java watch [--bootstrap=127.0.0.1:19092]
 *        [--interval-ms=100]
 *   java -cp 'platform/local-stack/target/lib/*' bench/Lag.java inbox --since-ms=EPOCH_MS
 *        [--jdbc=jdbc:postgresql://127.0.0.1:15432/] [--databases=clients,briefs,creative,billing]
 * </pre>
 *
 * watch: every interval one line "epoch_ms total_lag log_end_sum group=lag ...": the lag is the log-end offsets
 * minus the group's committed offsets over the partitions the group holds (or has committed); until stopped.
 * inbox: per database, the outbox rows recorded since the time given (count, last publication) and per consumer the
 * inbox rows handled since then (count, last handled_at: the start of the transaction that applied the event).
 */
@SuppressWarnings("removal")   // listConsumerGroups: its successor (listGroups) is not in every 4.x client yet
public class Lag {

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        String command = args.length > 0 ? args[0] : "watch";
        if (command.equals("inbox")) {
            inbox(options);
        } else {
            watch(options);
        }
    }

    private static void watch(Map<String, String> options) throws Exception {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, options.getOrDefault("bootstrap", "127.0.0.1:19092"));
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "3000");
        long interval = Long.parseLong(options.getOrDefault("interval-ms", "100"));
        try (Admin admin = Admin.create(config)) {
            Map<String, Set<TopicPartition>> held = new TreeMap<>();
            long refreshedAt = 0;
            while (true) {
                long started = System.currentTimeMillis();
                // who holds what changes rarely (a rebalance): asked again every 2 s
                if (started - refreshedAt > 2_000) {
                    held = heldPartitions(admin);
                    refreshedAt = started;
                }
                Map<String, ListConsumerGroupOffsetsSpec> specs = new HashMap<>();
                held.keySet().forEach(group -> specs.put(group, new ListConsumerGroupOffsetsSpec()));
                Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = specs.isEmpty()
                        ? Map.of() : admin.listConsumerGroupOffsets(specs).all().get(3, TimeUnit.SECONDS);
                Set<TopicPartition> partitions = new HashSet<>();
                held.values().forEach(partitions::addAll);
                committed.values().forEach(offsets -> partitions.addAll(offsets.keySet()));
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                partitions.forEach(partition -> latest.put(partition, OffsetSpec.latest()));
                Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = latest.isEmpty()
                        ? Map.of() : admin.listOffsets(latest).all().get(3, TimeUnit.SECONDS);
                long endSum = 0;
                for (ListOffsetsResult.ListOffsetsResultInfo info : ends.values()) {
                    endSum += info.offset();
                }
                long total = 0;
                StringBuilder groups = new StringBuilder();
                for (Map.Entry<String, Set<TopicPartition>> group : held.entrySet()) {
                    Map<TopicPartition, OffsetAndMetadata> offsets = committed.getOrDefault(group.getKey(), Map.of());
                    Set<TopicPartition> own = new HashSet<>(group.getValue());
                    own.addAll(offsets.keySet());
                    long lag = 0;
                    for (TopicPartition partition : own) {
                        OffsetAndMetadata at = offsets.get(partition);
                        ListOffsetsResult.ListOffsetsResultInfo end = ends.get(partition);
                        if (end != null) {
                            lag += Math.max(0, end.offset() - (at == null ? 0 : at.offset()));
                        }
                    }
                    total += lag;
                    groups.append(' ').append(group.getKey()).append('=').append(lag);
                }
                System.out.println(started + " " + total + " " + endSum + groups);
                System.out.flush();
                long sleep = interval - (System.currentTimeMillis() - started);
                if (sleep > 0) {
                    Thread.sleep(sleep);
                }
            }
        }
    }

    /** Each consumer group and the partitions its members are assigned now. */
    private static Map<String, Set<TopicPartition>> heldPartitions(Admin admin) throws Exception {
        Set<String> names = new HashSet<>();
        for (ConsumerGroupListing listing : admin.listConsumerGroups().all().get(3, TimeUnit.SECONDS)) {
            names.add(listing.groupId());
        }
        Map<String, Set<TopicPartition>> held = new TreeMap<>();
        if (names.isEmpty()) {
            return held;
        }
        admin.describeConsumerGroups(names).all().get(3, TimeUnit.SECONDS).forEach((group, description) -> {
            Set<TopicPartition> partitions = new HashSet<>();
            for (MemberDescription member : description.members()) {
                partitions.addAll(member.assignment().topicPartitions());
            }
            held.put(group, partitions);
        });
        return held;
    }

    private static void inbox(Map<String, String> options) throws Exception {
        String jdbc = options.getOrDefault("jdbc", "jdbc:postgresql://127.0.0.1:15432/");
        long since = Long.parseLong(options.get("since-ms"));
        String sinceSql = "to_timestamp(" + since / 1000.0 + ")";
        for (String database : options.getOrDefault("databases", "clients,briefs,creative,billing").split(",")) {
            try (Connection connection = DriverManager.getConnection(jdbc + database, "postgres", "");
                 Statement statement = connection.createStatement()) {
                try (ResultSet rows = statement.executeQuery("select count(*), "
                        + "coalesce(round(extract(epoch from max(published_at)) * 1000), 0), "
                        + "count(*) filter (where published_at is null) from outbox_event where recorded_at >= "
                        + sinceSql)) {
                    rows.next();
                    System.out.printf(Locale.ROOT, "outbox db=%s recorded=%d last_published_ms=%d unpublished=%d%n",
                            database, rows.getLong(1), rows.getLong(2), rows.getLong(3));
                }
                try (ResultSet rows = statement.executeQuery("select consumer, count(*), "
                        + "round(extract(epoch from max(handled_at)) * 1000) from inbox_event where handled_at >= "
                        + sinceSql + " group by consumer order by consumer")) {
                    while (rows.next()) {
                        System.out.printf(Locale.ROOT, "inbox db=%s consumer=%s handled=%d last_handled_ms=%d%n",
                                database, rows.getString(1), rows.getLong(2), rows.getLong(3));
                    }
                }
            }
        }
    }
}
