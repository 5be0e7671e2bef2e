package agency.suits.creative.version;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** The metadata of a new work version; the asset itself stays where the link points. */
@Schema(examples = """
        {"title": "Banner, hero shot cropped", "deliverableId": "2c4e6a8b-1d3f-4a5b-8c7d-9e0f1a2b3c4d",
         "mediaType": "image/png", "assetUrl": "https://assets.example.com/acme/banner-v2.png",
         "checksum": "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
         "notes": "Logo moved top right"}""")
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
