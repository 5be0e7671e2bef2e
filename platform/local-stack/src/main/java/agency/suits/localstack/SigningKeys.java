package agency.suits.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Set;

/**
 * The local stack's RSA key pair in {@code .suits/jwt/}: made once per checkout, never committed ({@code .suits/}
 * is ignored), private key readable by its owner only. The apps get the public key's file URL.
 */
public final class SigningKeys {

    public static final String PRIVATE_KEY_FILE = "private.pem";
    public static final String PUBLIC_KEY_FILE = "public.pem";

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> READABLE = PosixFilePermissions.fromString("rw-r--r--");

    private final Path dir;
    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private SigningKeys(Path dir, PrivateKey privateKey, PublicKey publicKey) {
        this.dir = dir;
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** Reads the pair in {@code dir}, making it first if there is none. */
    public static SigningKeys loadOrCreate(Path dir) {
        try {
            Files.createDirectories(dir);
            setPermissions(dir, OWNER_ONLY_DIR);
            Path privateFile = dir.resolve(PRIVATE_KEY_FILE);
            Path publicFile = dir.resolve(PUBLIC_KEY_FILE);
            if (!Files.exists(privateFile) || !Files.exists(publicFile)) {
                create(privateFile, publicFile);
            }
            setPermissions(privateFile, OWNER_ONLY);
            return new SigningKeys(dir, readPrivate(privateFile), readPublic(publicFile));
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot read or create the token key pair in " + dir + ": " + e.getMessage(), e);
        }
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    public Path publicKeyFile() {
        return dir.resolve(PUBLIC_KEY_FILE);
    }

    private static void create(Path privateFile, Path publicFile) throws IOException {
        KeyPair pair;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            pair = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is not available in this JDK", e);
        }
        // written under temporary names and moved, so that a concurrent `./suits token` never reads half a key
        Path privateTemp = Files.createTempFile(privateFile.getParent(), ".private", ".tmp");
        Path publicTemp = Files.createTempFile(publicFile.getParent(), ".public", ".tmp");
        setPermissions(privateTemp, OWNER_ONLY);
        Files.writeString(privateTemp, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Files.writeString(publicTemp, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        setPermissions(publicTemp, READABLE);
        move(publicTemp, publicFile);
        move(privateTemp, privateFile);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] der(Path pemFile) throws IOException {
        String body = Files.readString(pemFile).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }

    private static PrivateKey readPrivate(Path file) throws IOException {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(file)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(file + " is not a PKCS#8 RSA private key; delete " + file.getParent()
                    + " to make a new pair", e);
        }
    }

    private static PublicKey readPublic(Path file) throws IOException {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der(file)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(file + " is not an RSA public key; delete " + file.getParent()
                    + " to make a new pair", e);
        }
    }

    private static void setPermissions(Path path, Set<PosixFilePermission> permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, permissions);
        } catch (UnsupportedOperationException notPosix) {
            // a non-POSIX file system has no mode bits to set
        }
    }
}
