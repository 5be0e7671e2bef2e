package agency.suits.system;

import agency.suits.security.Role;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.net.URI;
import java.util.UUID;

/** Someone of the agency, with a token of their role, calling the system through a gateway. */
record Person(UUID id, Role role, String token, URI gateway) {

    static Person of(SystemStack stack, Role role) {
        UUID id = UUID.randomUUID();
        return new Person(id, role, stack.token(id, role), stack.gateway());
    }

    /** The same person through another gateway (the second instances' one). */
    Person through(URI otherGateway) {
        return new Person(id, role, token, otherGateway);
    }

    RequestSpecification request() {
        return RestAssured.given().baseUri(gateway.toString()).auth().oauth2(token)
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}
