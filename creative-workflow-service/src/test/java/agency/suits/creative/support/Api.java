package agency.suits.creative.support;

import agency.suits.security.Role;
import agency.suits.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;

/** Calls the service as a staff member with some roles. */
public final class Api {

    public final UUID staffId;
    private final Role[] roles;

    private Api(UUID staffId, Role... roles) {
        this.staffId = staffId;
        this.roles = roles;
    }

    public static Api as(Role... roles) {
        return new Api(UUID.randomUUID(), roles);
    }

    public RequestSpecification request() {
        return given().header("Authorization", Tokens.bearer(staffId, roles)).contentType(ContentType.JSON);
    }

    /** The job opened for a job number, once the service has consumed the brief; fails after 30 seconds. */
    public String awaitJobId(String jobNumber) {
        return await(() -> {
            String id = request().queryParam("jobNumber", jobNumber).get("/api/creative-jobs").then()
                    .statusCode(200).extract().path("items[0].id");
            return id;
        }, "a creative job for " + jobNumber);
    }

    public static <T> T await(Supplier<T> probe, String what) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Waited 30s for " + what);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    public ValidatableResponse get(String path) {
        return request().get(path).then();
    }

    public ValidatableResponse post(String path, Object body) {
        return request().body(body).post(path).then();
    }

    /**
     * A step that changes a job ({@code /api/creative-jobs/{id}/internal-review}), sent with If-Match carrying the
     * job's ETag as it is now, as a client that has just read the job would send it.
     */
    public ValidatableResponse change(String stepPath, Object body) {
        return request().header("If-Match", etagOf(stepPath.substring(0, stepPath.lastIndexOf('/'))))
                .body(body).post(stepPath).then();
    }

    /** The job's current ETag, read by someone who sees every job. */
    public static String etagOf(String jobPath) {
        return Api.as(Role.ADMIN).get(jobPath).statusCode(200).extract().header("ETag");
    }
}
