package agency.suits.clients.setting;

import agency.suits.web.Created;
import agency.suits.web.paging.Page;
import agency.suits.web.paging.PageQuery;
import agency.suits.web.paging.SortOrder;
import agency.suits.web.paging.Sorting;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;
import java.util.UUID;

@Path("/api/rule-settings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rule settings", description = "The agency's rules an admin changes while the services run: the "
        + "executive cap, the at-risk line, payment terms, the price of an extra round")
public class RuleSettingResource {

    private static final Sorting SORTING = Sorting.by("changedAt").byDefault("changedAt", SortOrder.Direction.DESC);

    @Inject RuleSettingService settings;

    @GET
    @Operation(operationId = "listRuleSettings", summary = "Every rule setting, its change in force and those to come")
    public List<RuleSettingView> list() {
        return settings.list();
    }

    @GET
    @Path("{setting}")
    @Operation(operationId = "getRuleSetting", summary = "A rule setting, its change in force and those to come")
    public RuleSettingView get(@Parameter(description = "e.g. EXECUTIVE_ACCOUNT_CAP")
                               @PathParam("setting") @Size(max = 64) String setting) {
        return settings.get(setting);
    }

    @GET
    @Path("{setting}/changes")
    @Operation(operationId = "listRuleSettingChanges", summary = "Every change of a rule setting, latest made first")
    public Page<RuleSettingChangeView> history(@PathParam("setting") @Size(max = 64) String setting,
                                               @BeanParam PageQuery paging) {
        return settings.history(setting, paging.resolve(SORTING));
    }

    @GET
    @Path("{setting}/changes/{changeId}")
    @Operation(operationId = "getRuleSettingChange", summary = "One change of a rule setting")
    public RuleSettingChangeView change(@PathParam("setting") @Size(max = 64) String setting,
                                        @PathParam("changeId") UUID changeId) {
        return settings.change(setting, changeId);
    }

    @POST
    @Path("{setting}/changes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeRuleSetting",
            summary = "Change a rule setting from now or a later moment (admins); published as RuleSettingChanged")
    @APIResponseSchema(value = RuleSettingChangeView.class, responseCode = "201",
            responseDescription = "Changed; Location set")
    public RestResponse<RuleSettingChangeView> change(@PathParam("setting") @Size(max = 64) String setting,
                                                      @Valid @NotNull NewRuleSettingChange change,
                                                      @Context UriInfo uriInfo) {
        RuleSettingChangeView changed = settings.change(setting, change);
        return Created.at(uriInfo, changed.id(), changed);
    }
}
