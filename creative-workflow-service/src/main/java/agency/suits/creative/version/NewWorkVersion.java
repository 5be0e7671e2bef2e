package agency.suits.creative.version;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** The metadata of a new work version; the asset itself stays where the link points. */
public record NewWorkVersion(
        @NotBlank @Size(max = 200) String title,
        @NotNull UUID deliverableId,
        @NotBlank @Size(max = 100)
        @Pattern(regexp = "^[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*$",
                message = "must be a media type such as image/png")
        String mediaType,
        @NotBlank @Size(max = 2000) String assetUrl,
        @NotBlank @Size(max = 200)
        @Pattern(regexp = "^(sha256:[0-9a-f]{64}|sha512:[0-9a-f]{128}|md5:[0-9a-f]{32})$",
                message = "must be sha256:, sha512: or md5: followed by the lower-case hex digest")
        String checksum,
        @Size(max = 4000) String notes) {
}
