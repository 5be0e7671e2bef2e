package agency.suits.localstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SigningKeysTest {

    @Test
    void privateKeyIsReadableByItsOwnerOnly(@TempDir Path dir) throws Exception {
        Path jwt = dir.resolve("jwt");
        SigningKeys.loadOrCreate(jwt);

        assertEquals("rw-------",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(jwt.resolve("private.pem"))));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(jwt)));
        assertTrue(Files.readString(jwt.resolve("private.pem")).startsWith("-----BEGIN PRIVATE KEY-----\n"));
        assertTrue(Files.readString(jwt.resolve("public.pem")).startsWith("-----BEGIN PUBLIC KEY-----\n"));
    }

    @Test
    void theSamePairIsUsedOnEveryStart(@TempDir Path dir) {
        SigningKeys first = SigningKeys.loadOrCreate(dir);
        SigningKeys second = SigningKeys.loadOrCreate(dir);

        assertArrayEquals(first.privateKey().getEncoded(), second.privateKey().getEncoded());
        assertArrayEquals(first.publicKey().getEncoded(), second.publicKey().getEncoded());
        assertEquals(dir.resolve("public.pem"), second.publicKeyFile());
    }

    @Test
    void loosenedPermissionsAreTightenedAgain(@TempDir Path dir) throws Exception {
        SigningKeys.loadOrCreate(dir);
        Files.setPosixFilePermissions(dir.resolve("private.pem"), PosixFilePermissions.fromString("rw-r--r--"));

        SigningKeys.loadOrCreate(dir);

        assertEquals("rw-------",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("private.pem"))));
    }
}
