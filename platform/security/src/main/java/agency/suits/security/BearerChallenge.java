package agency.suits.security;

import agency.suits.web.problem.Problem;
import agency.suits.web.problem.ProblemType;
import jakarta.ws.rs.core.Response;

/** The 401 answer, worded after RFC 6750: no token at all, or a token we do not accept. */
final class BearerChallenge {

    static final String WWW_AUTHENTICATE = "WWW-Authenticate";

    private BearerChallenge() {
    }

    static boolean carriesBearerToken(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    static String header(String authorization) {
        return carriesBearerToken(authorization) ? "Bearer error=\"invalid_token\"" : "Bearer";
    }

    static Problem problem(String path, String authorization) {
        String detail = carriesBearerToken(authorization)
                ? "The bearer token was not accepted: it is malformed, expired, not signed by the trusted issuer,"
                        + " or meant for another audience"
                : "This API needs a bearer token: send 'Authorization: Bearer <JWT>'";
        return Problem.of(ProblemType.UNAUTHORIZED, detail).at(path);
    }
}
