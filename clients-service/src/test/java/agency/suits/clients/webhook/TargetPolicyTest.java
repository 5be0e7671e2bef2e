package agency.suits.clients.webhook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TargetPolicyTest {

    /** What names resolve to here, whatever the machine's DNS says. */
    private static final Map<String, String> DNS = Map.of(
            "erp.agency.example", "10.20.0.7",
            "public.example", "203.0.113.10",
            "rebound.example", "127.0.0.2",
            "metadata.example", "169.254.169.254",
            "v6local.example", "fe80::1",
            "localhost", "127.0.0.1");

    private final TargetPolicy policy = new TargetPolicy(Set.of("receiver.test", "[::1]"), TargetPolicyTest::resolve);

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        String address = DNS.get(host);
        if (address == null) {
            if (host.matches("[0-9.]+|[0-9a-f:]+")) {
                return new InetAddress[] {InetAddress.getByName(host)};
            }
            throw new UnknownHostException(host);
        }
        return new InetAddress[] {InetAddress.getByName(address)};
    }

    @ParameterizedTest(name = "{0} is a target")
    @CsvSource({"https://erp.agency.example/hooks", "http://public.example:8080/in?x=1", "https://receiver.test/in",
            "http://[::1]:9000/in", "HTTPS://PUBLIC.EXAMPLE/in"})
    void acceptsPublicAndPrivateAddressesAndTheAllowList(String url) {
        assertEquals(Optional.empty(), policy.refusal(url));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "http://localhost:8080/in | resolves to this machine (127.0.0.1)",
            "http://rebound.example/in | resolves to this machine (127.0.0.2)",
            "http://0.0.0.0/in | resolves to this machine (0.0.0.0)",
            "http://169.254.169.254/latest/meta-data | resolves to a link-local address (169.254.169.254)",
            "http://metadata.example/ | resolves to a link-local address (169.254.169.254)",
            "http://v6local.example/ | resolves to a link-local address (fe80:0:0:0:0:0:0:1)",
            "http://224.0.0.1/ | resolves to a multicast address (224.0.0.1)",
            "ftp://public.example/in | must be an http or https URL",
            "public.example/in | must be an http or https URL",
            "https://user:pw@public.example/in | must not carry credentials; the signature tells the receiver who "
                    + "is calling",
            "https://public.example/in#part | must not have a fragment",
            "https://nowhere.example/in | names a host that cannot be resolved: nowhere.example",
            "https:///in | has no host"})
    void refusesWhatWouldReachThisMachineOrIsNoWebAddress(String url, String why) {
        assertEquals(Optional.of(why), policy.refusal(url));
    }

    @Test
    void saysWhatIsWrongWithSomethingThatIsNoUrl() {
        assertTrue(policy.refusal("https://exa mple/").orElseThrow().startsWith("is not a URL"));
    }
}
