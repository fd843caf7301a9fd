// Generated from the API's /docs-json by test/e2e/web-api-types.e2e-spec.ts; do not edit.

export interface paths {
    "/v1/brands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["BrandsController_list"];
        put?: never;
        post: operations["BrandsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/brands/{brandId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["BrandsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["BrandsController_update"];
        trace?: never;
    };
    "/v1/public/brands/{brandSlug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PublicBrandsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/brands/{brandSlug}/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PublicApplicationsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ApplicationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ApplicationsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ApplicationsController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ApplicationsController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/brands/{brandId}/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ApiKeysController_list"];
        put?: never;
        post: operations["ApiKeysController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys/{id}/signing-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ApiKeysController_rotateSigningSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["ApiKeysController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PartnersController_list"];
        put?: never;
        post: operations["PartnersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partners/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PartnersController_figures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partners/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PartnersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["PartnersController_update"];
        trace?: never;
    };
    "/v1/partners/{id}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["LinksController_list"];
        put?: never;
        post: operations["LinksController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clicks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ClicksController_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/postback/click": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ClicksController_postback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/impressions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ClicksController_impressionsPost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ConversionsController_list"];
        put?: never;
        post: operations["ConversionsController_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversions/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ConversionsController_review"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversions/{transactionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ConversionsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversions/{transactionId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ConversionsController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversions/{transactionId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ConversionsController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversions/{transactionId}/reversals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ConversionsController_reverse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/postback/conversion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PostbacksController_conversion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/postback/reversal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PostbacksController_reversal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/commission-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CommissionPlansController_list"];
        put?: never;
        post: operations["CommissionPlansController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/commission-plans/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CommissionPlansController_preview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/commission-plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CommissionPlansController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partners/{id}/commissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CommissionsController_forPartner"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partners/{id}/commissions/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CommissionsController_summaryForPartner"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/statements/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["StatementsController_run"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/statements/runs/{period}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StatementsController_runState"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StatementsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/statements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StatementsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/statements/paid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["StatementsController_paidMany"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/statements/{id}/paid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["StatementsController_paid"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partners/{id}/daily": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ActivityController_forPartner"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/quality-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["QualityController_rules"];
        put: operations["QualityController_setRules"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partners/{id}/quality-flags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["QualityController_flagsForPartner"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partners/{id}/customer-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["QualityController_registerCustomerKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["WebhooksController_list"];
        put?: never;
        post: operations["WebhooksController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["WebhooksController_get"];
        put?: never;
        post?: never;
        delete: operations["WebhooksController_remove"];
        options?: never;
        head?: never;
        patch: operations["WebhooksController_update"];
        trace?: never;
    };
    "/v1/webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["WebhooksController_rotate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["WebhooksController_deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries/{deliveryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["WebhooksController_delivery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries/{deliveryId}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["WebhooksController_retry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["WebhooksController_test"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partners/{id}/codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PromoCodesController_list"];
        put?: never;
        post: operations["PromoCodesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/promo-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["BrandPromoCodesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partner-mix/target": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PartnerMixController_getTarget"];
        put: operations["PartnerMixController_setTarget"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/spend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PartnerMixController_listSpend"];
        put?: never;
        post: operations["PartnerMixController_addSpend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/partner-mix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PartnerMixController_listReports"];
        put?: never;
        post: operations["PartnerMixController_requestReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/partner-mix/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PartnerMixController_getReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OverviewController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/overview/todo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OverviewController_todo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{customerKey}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["CustomersController_erase"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuthController_session"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/active-brand": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_activeBrand"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/invites/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuthController_previewInvite"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/accept-invite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_acceptInvite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SessionsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["SessionsController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PasswordResetController_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PasswordResetController_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/brands/{brandId}/invites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["InvitesController_list"];
        put?: never;
        post: operations["InvitesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/invites/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["InvitesController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/brands/{brandId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MembersController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/brands/{brandId}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["MembersController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MePartnersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MeLinksController_list"];
        put?: never;
        post: operations["MeLinksController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/daily": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MeActivityController_daily"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/commissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MeCommissionsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/commissions/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MeCommissionsController_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MeStatementsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/statements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MeStatementsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MePromoCodesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MeWebhooksController_listWebhooks"];
        put?: never;
        post: operations["MeWebhooksController_createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/postback-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MeWebhooksController_listPostbacks"];
        put?: never;
        post: operations["MeWebhooksController_createPostback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/postback-templates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["MeWebhooksController_removePostback"];
        options?: never;
        head?: never;
        patch: operations["MeWebhooksController_updatePostback"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        CreateBrandDto: {
            /**
             * @description Postbacks (GET /postback/..., POST /v1/conversions, /v1/clicks, /v1/impressions, reversals) must carry an HMAC-SHA256 signature made with the sending key's signing secret; key-only calls are refused (401).
             * @default false
             */
            requireSignedPostbacks: boolean;
            /**
             * @description Raw clicks older than this many months are deleted; their daily counts per partner are kept.
             * @default 13
             */
            clickRetentionMonths: number;
            /**
             * @description The public address of the program (`/apply/{slug}`): 3-63 lower-case letters, digits and single hyphens, unique; made from the name (with "-2", "-3" … when taken) unless given.
             * @example northwind-outdoor
             */
            slug?: string;
            /** @description The program page: what the program offers (plain text). */
            programDescription?: string;
            /** @description The terms partners apply under (plain text). */
            programTerms?: string;
            /** @example Northwind Outdoor */
            name: string;
            /**
             * @description ISO 4217 code; all money of the brand is kept in it.
             * @example EUR
             */
            currency: string;
            /**
             * @description IANA time zone; reports and quarters follow it.
             * @example Europe/Berlin
             */
            timezone: string;
            /**
             * @description Hosts (and their subdomains) links may point to.
             * @example [
             *       "northwind.example"
             *     ]
             */
            landingDomains: string[];
            /**
             * @description The query parameter the click id is appended to on the brand's landing page.
             * @default pmx_cid
             * @example pmx_cid
             */
            clickIdParam: string;
            /**
             * @description Statements below this are carried to the next month instead of paid (brand's currency).
             * @default 0
             * @example 25.00
             */
            minimumPayout: string;
        };
        BrandResponse: {
            id: string;
            name: string;
            currency: string;
            timezone: string;
            landingDomains: string[];
            clickIdParam: string;
            /** @example 25.00 */
            minimumPayout: string;
            /** @description Postbacks (GET /postback/..., POST /v1/conversions, /v1/clicks, /v1/impressions, reversals) must carry an HMAC-SHA256 signature made with the sending key's signing secret; key-only calls are refused (401). */
            requireSignedPostbacks: boolean;
            /** @description Raw clicks older than this many months are deleted; their daily counts per partner are kept. */
            clickRetentionMonths: number;
            /**
             * @description The public address of the program (`/apply/{slug}`): 3-63 lower-case letters, digits and single hyphens, unique; made from the name (with "-2", "-3" … when taken) unless given.
             * @example northwind-outdoor
             */
            slug: string;
            /** @description The program page: what the program offers (plain text). */
            programDescription: string;
            /** @description The terms partners apply under (plain text). */
            programTerms: string;
        };
        BrandPage: {
            data: components["schemas"]["BrandResponse"][];
            nextCursor: string | null;
        };
        UpdateBrandDto: {
            /**
             * @description Postbacks (GET /postback/..., POST /v1/conversions, /v1/clicks, /v1/impressions, reversals) must carry an HMAC-SHA256 signature made with the sending key's signing secret; key-only calls are refused (401).
             * @default false
             */
            requireSignedPostbacks: boolean;
            /**
             * @description Raw clicks older than this many months are deleted; their daily counts per partner are kept.
             * @default 13
             */
            clickRetentionMonths: number;
            /**
             * @description The public address of the program (`/apply/{slug}`): 3-63 lower-case letters, digits and single hyphens, unique; made from the name (with "-2", "-3" … when taken) unless given.
             * @example northwind-outdoor
             */
            slug?: string;
            /** @description The program page: what the program offers (plain text). */
            programDescription?: string;
            /** @description The terms partners apply under (plain text). */
            programTerms?: string;
            /** @example Northwind Outdoor */
            name?: string;
            /**
             * @description Statements below this are carried to the next month instead of paid (brand's currency).
             * @example 25.00
             */
            minimumPayout?: string;
            /**
             * @description Hosts (and their subdomains) links may point to. Replaces the list; links made before keep their destination.
             * @example [
             *       "northwind.example"
             *     ]
             */
            landingDomains?: string[];
            /**
             * @description The query parameter the click id is appended to on the brand's landing page. Redirects use the new name at once.
             * @example pmx_cid
             */
            clickIdParam?: string;
        };
        PublicBrandResponse: {
            /** @example Northwind Outdoor */
            name: string;
            /**
             * @description The public address of the program (`/apply/{slug}`): 3-63 lower-case letters, digits and single hyphens, unique; made from the name (with "-2", "-3" … when taken) unless given.
             * @example northwind-outdoor
             */
            slug: string;
            /** @description The program page: what the program offers (plain text). */
            programDescription: string;
            /** @description The terms partners apply under (plain text). */
            programTerms: string;
            /** @example EUR */
            currency: string;
        };
        SubmitApplicationDto: {
            /** @example Trail Talk Podcast */
            name: string;
            /**
             * @description Where the invite or the answer goes.
             * @example hello@trailtalk.example
             */
            email: string;
            /** @example https://trailtalk.example */
            website?: string;
            /**
             * @description What kind of partner the applicant is.
             * @enum {string}
             */
            type: "creator" | "content" | "review" | "community" | "coupon" | "cashback" | "loyalty" | "referral" | "sub_network" | "tool";
            /**
             * @description The funnel role the applicant expects to play.
             * @enum {string}
             */
            role?: "awareness" | "consideration" | "conversion" | "retention";
            /** @description A note to the brand. */
            message?: string;
            /** @description Spam trap: the form keeps this field hidden and empty. A request that fills it is answered like any other and then dropped, so that robots learn nothing. */
            companyWebsite?: string;
        };
        SubmittedApplicationResponse: {
            id: string;
            /** @enum {string} */
            status: "pending";
        };
        ApplicationResponse: {
            id: string;
            name: string;
            email: string;
            website: string | null;
            /** @enum {string} */
            type: "creator" | "content" | "review" | "community" | "coupon" | "cashback" | "loyalty" | "referral" | "sub_network" | "tool";
            /** @enum {string|null} */
            role: "awareness" | "consideration" | "conversion" | "retention" | null;
            message: string | null;
            /** @enum {string} */
            status: "pending" | "approved" | "rejected";
            /** @description Why it was rejected (mailed to the applicant). */
            reason: string | null;
            /** @description The partner its approval made. */
            partnerId: string | null;
            decidedAt: string | null;
            createdAt: string;
        };
        ApplicationPage: {
            data: components["schemas"]["ApplicationResponse"][];
            nextCursor: string | null;
        };
        ApproveApplicationDto: {
            /**
             * @description The partner's funnel role; required when the application names none.
             * @enum {string}
             */
            role?: "awareness" | "consideration" | "conversion" | "retention";
            /**
             * @description The partner's type; the application's when absent.
             * @enum {string}
             */
            type?: "creator" | "content" | "review" | "community" | "coupon" | "cashback" | "loyalty" | "referral" | "sub_network" | "tool";
        };
        InviteCreatedResponse: {
            id: string;
            email: string;
            /** @enum {string} */
            role: "brand_manager" | "partner";
            partnerId: string | null;
            /** Format: date-time */
            expiresAt: string;
            /** @description The link that accepts the invite, to pass on by hand; shown only here (the token is not stored). */
            acceptUrl: string;
            /**
             * @description sent: mailed; logged: no mail server configured (development), written to the log; dropped: no mail server configured in production; failed: the mail server refused or did not answer (the invite stands).
             * @enum {string}
             */
            mail: "sent" | "logged" | "dropped" | "failed";
        };
        ApprovalResponse: {
            /** @description The partner the approval made. */
            partnerId: string;
            application: components["schemas"]["ApplicationResponse"];
            /** @description The invite mailed to the applicant (role partner); null when it could not be made (see inviteError). */
            invite: components["schemas"]["InviteCreatedResponse"] | null;
            /** @description Why no invite was made; the partner stands, invite them from the console. */
            inviteError?: string;
        };
        RejectApplicationDto: {
            /** @example We work only with outdoor publishers for now. */
            reason: string;
        };
        RejectionResponse: {
            id: string;
            name: string;
            email: string;
            website: string | null;
            /** @enum {string} */
            type: "creator" | "content" | "review" | "community" | "coupon" | "cashback" | "loyalty" | "referral" | "sub_network" | "tool";
            /** @enum {string|null} */
            role: "awareness" | "consideration" | "conversion" | "retention" | null;
            message: string | null;
            /** @enum {string} */
            status: "pending" | "approved" | "rejected";
            /** @description Why it was rejected (mailed to the applicant). */
            reason: string | null;
            /** @description The partner its approval made. */
            partnerId: string | null;
            decidedAt: string | null;
            createdAt: string;
            /**
             * @description What became of the mail with the reason. sent: mailed; logged: no mail server configured (development), written to the log; dropped: no mail server configured in production; failed: the mail server refused or did not answer (the decision stands).
             * @enum {string}
             */
            mail: "sent" | "logged" | "dropped" | "failed";
        };
        CreateApiKeyDto: {
            /** @enum {string} */
            role: "brand_manager" | "network" | "partner";
            /** @description Required for (and only for) a partner key. */
            partnerId?: string;
            /** @example Impact S2S postbacks */
            name: string;
        };
        ApiKeyCreatedResponse: {
            id: string;
            /** @enum {string} */
            role: "brand_manager" | "network" | "partner";
            partnerId: string | null;
            name: string;
            /** @description Visible start of the key, for telling keys apart. */
            prefix: string;
            /** @description The key itself. Shown only in this response; store it now. */
            key: string;
            /** @description Network and brand manager keys: the secret postbacks are signed with (HMAC-SHA256). Shown only here; a new one is made by POST /v1/api-keys/{id}/signing-secret. */
            signingSecret: string | null;
        };
        ApiKeyResponse: {
            id: string;
            /** @enum {string} */
            role: "brand_manager" | "network" | "partner";
            partnerId: string | null;
            /** @description The name of the partner a partner key acts as. */
            partnerName: string | null;
            name: string;
            /** @description Visible start of the key, for telling keys apart. */
            prefix: string;
            /** @description Network and brand manager keys sign postbacks with a secret of their own. */
            hasSigningSecret: boolean;
            createdAt: string;
        };
        ApiKeyPage: {
            data: components["schemas"]["ApiKeyResponse"][];
            nextCursor: string | null;
        };
        SigningSecretResponse: {
            id: string;
            /** @description The new signing secret; the previous one no longer verifies. Shown only here. */
            signingSecret: string;
        };
        CreatePartnerDto: {
            /** @example Trail Talk Podcast */
            name: string;
            /** @enum {string} */
            type: "creator" | "content" | "review" | "community" | "coupon" | "cashback" | "loyalty" | "referral" | "sub_network" | "tool";
            /** @enum {string} */
            role: "awareness" | "consideration" | "conversion" | "retention";
            /** @example hello@trailtalk.example */
            email?: string;
            /** @description The brand's or network's own id for this partner (unique per brand). */
            externalRef?: string;
        };
        PartnerResponse: {
            id: string;
            name: string;
            /** @enum {string} */
            type: "creator" | "content" | "review" | "community" | "coupon" | "cashback" | "loyalty" | "referral" | "sub_network" | "tool";
            /** @enum {string} */
            role: "awareness" | "consideration" | "conversion" | "retention";
            /** @enum {string} */
            status: "active" | "suspended";
            email: string | null;
            externalRef: string | null;
            createdAt: string;
        };
        PartnerPage: {
            data: components["schemas"]["PartnerResponse"][];
            nextCursor: string | null;
        };
        PartnerFiguresResponse: {
            id: string;
            name: string;
            /** @enum {string} */
            type: "creator" | "content" | "review" | "community" | "coupon" | "cashback" | "loyalty" | "referral" | "sub_network" | "tool";
            /** @enum {string} */
            role: "awareness" | "consideration" | "conversion" | "retention";
            /** @enum {string} */
            status: "active" | "suspended";
            email: string | null;
            externalRef: string | null;
            createdAt: string;
            /** @description Creditable clicks in the period (bots and flooded clicks left out). */
            clicks: number;
            /** @description Conversions of the period the partner was credited in (rejected ones left out). */
            conversions: number;
            /**
             * @description Its attributed revenue of those conversions.
             * @example 1234.50
             */
            attributedRevenue: string;
            /**
             * @description Its commission entries of the period, clawbacks counted.
             * @example 123.45
             */
            commission: string;
            /**
             * @description Commission per click, two decimals finer than the currency, rounded half up; null without clicks.
             * @example 0.4115
             */
            epc: string | null;
        };
        PartnerFiguresPageResponse: {
            data: components["schemas"]["PartnerFiguresResponse"][];
            /** @description Partners matching the filters, on all pages. */
            total: number;
            page: number;
            limit: number;
            /** @example 2026-11-01 */
            from: string;
            /** @example 2026-11-30 */
            to: string;
            /** @example EUR */
            currency: string;
            /** @example Europe/Berlin */
            timezone: string;
        };
        UpdatePartnerDto: {
            /** @example Trail Talk Podcast */
            name?: string;
            /** @enum {string} */
            type?: "creator" | "content" | "review" | "community" | "coupon" | "cashback" | "loyalty" | "referral" | "sub_network" | "tool";
            /** @enum {string} */
            role?: "awareness" | "consideration" | "conversion" | "retention";
            /** @enum {string} */
            status?: "active" | "suspended";
            /** @example hello@trailtalk.example */
            email?: string;
        };
        CreateLinkDto: {
            /** @example https://northwind.example/tents?utm_source=partner */
            destinationUrl: string;
            /**
             * @description Your own code; generated when left out.
             * @example trailtalk-spring
             */
            code?: string;
            /**
             * @description Carried by the URL; each click arrives with it.
             * @example spring-video
             */
            sub1?: string;
            sub2?: string;
            sub3?: string;
            sub4?: string;
            sub5?: string;
        };
        LinkResponse: {
            code: string;
            /** @description The tracking URL to share. */
            url: string;
            destinationUrl: string;
            partnerId: string;
            sub1: string | null;
            sub2: string | null;
            sub3: string | null;
            sub4: string | null;
            sub5: string | null;
            createdAt: string;
        };
        LinkPage: {
            data: components["schemas"]["LinkResponse"][];
            nextCursor: string | null;
        };
        ClickDto: {
            partnerId: string;
            /**
             * @description Defaults to the time received.
             * @example 2026-11-22T10:15:00+01:00
             */
            occurredAt?: string;
            /** @description First-party customer key (cookie id or hashed identifier); stored as an HMAC. */
            customerKey?: string;
            /** @description Code of one of the partner's links. */
            linkCode?: string;
            sub1?: string;
            sub2?: string;
            sub3?: string;
            sub4?: string;
            sub5?: string;
            /** @description Stored truncated (/24 IPv4, /48 IPv6). */
            ip?: string;
            userAgent?: string;
        };
        ClickBatchDto: {
            clicks: components["schemas"]["ClickDto"][];
        };
        ClicksAcceptedResponse: {
            /** @description Click ids, in the order sent. */
            ids: string[];
        };
        ImpressionsDto: {
            partnerId: string;
            /** @example 2026-11-22 */
            date: string;
            count: number;
        };
        ImpressionsResponse: {
            partnerId: string;
            date: string;
            /** @description The day's total so far. */
            count: number;
        };
        ConversionDto: {
            /**
             * @description The brand's order id; unique per brand, the idempotency key.
             * @example ORD-10045
             */
            transactionId: string;
            /**
             * @description Decimal string in the major unit of the currency.
             * @example 129.90
             */
            amount: string;
            /** @example EUR */
            currency: string;
            /** @description The click id Partnermix appended to the landing URL. */
            clickId?: string;
            customerKey?: string;
            newCustomer?: boolean;
            /**
             * @description Defaults to the time received.
             * @example 2026-11-22T10:15:00+01:00
             */
            occurredAt?: string;
            /**
             * @default pending
             * @enum {string}
             */
            status: "pending" | "approved" | "rejected";
            /**
             * @description Promo code used at checkout (case-insensitive). A code assigned to a partner and valid at the conversion's time is a touch of that partner; any other code is stored, not credited.
             * @example TRAIL10
             */
            couponCode?: string;
            /**
             * @description Where the purchase was completed.
             * @enum {string}
             */
            channel?: "web" | "app" | "marketplace" | "ai_assistant" | "other";
            /**
             * @description The agent that completed the checkout.
             * @example shopping-assistant
             */
            agent?: string;
        };
        ConversionBatchDto: {
            conversions: components["schemas"]["ConversionDto"][];
        };
        ConversionCreatedResponse: {
            id: string;
            transactionId: string;
            /** @enum {string} */
            status: "pending" | "review" | "approved" | "rejected" | "reversed";
        };
        BatchItemResult: {
            transactionId?: string;
            /** @enum {number} */
            status: 201 | 200 | 409 | 400 | 503;
            id?: string;
            error?: Record<string, never>;
        };
        BatchResponse: {
            results: components["schemas"]["BatchItemResult"][];
        };
        FlagEvidenceResponse: {
            /** @enum {string} */
            code: "ctit_too_short" | "click_flood" | "self_referral" | "last_second_override" | "unknown_click" | "code_leak";
            /** @description The partner the flag concerns, if one. */
            partnerId: string | null;
            partnerName: string | null;
            /** @description What the rule saw, such as `{ ctitSeconds: 4, minimumSeconds: 10 }`. */
            evidence: {
                [key: string]: string | number | boolean;
            };
        };
        CreditedPartnerResponse: {
            id: string;
            name: string;
            /** @enum {string} */
            role: "awareness" | "consideration" | "conversion" | "retention";
            /** @example 51.72 */
            attributedRevenue: string;
        };
        ConversionListItem: {
            id: string;
            transactionId: string;
            /** @example 100.00 */
            amount: string;
            /** @example 0.00 */
            reversedAmount: string;
            currency: string;
            /** @enum {string} */
            status: "pending" | "review" | "approved" | "rejected" | "reversed";
            /** @description Quality flags and promo-code flags. */
            flags: string[];
            /** @description Each quality flag with its partner and evidence. */
            flagDetails: components["schemas"]["FlagEvidenceResponse"][];
            /** @description The partners with a share of the credit. */
            partners: components["schemas"]["CreditedPartnerResponse"][];
            occurredAt: string;
            /**
             * @description How it arrived: the JSON API or a GET postback.
             * @enum {string}
             */
            source: "api" | "postback";
            /** @enum {string|null} */
            channel: "web" | "app" | "marketplace" | "ai_assistant" | "other" | null;
            newCustomer: boolean | null;
            attributedAt: string | null;
        };
        ConversionPage: {
            data: components["schemas"]["ConversionListItem"][];
            nextCursor: string | null;
        };
        ReviewDto: {
            /**
             * @example [
             *       "ORD-10045",
             *       "ORD-10046"
             *     ]
             */
            transactionIds: string[];
            /** @enum {string} */
            decision: "approve" | "reject";
            /**
             * @description Shown to the partners the decision concerns; required to reject.
             * @example Same customer as ORD-10031
             */
            note?: string;
        };
        FieldProblemBody: {
            field: string;
            message: string;
        };
        ErrorBody: {
            /** @example conflict */
            code: string;
            message: string;
            details: components["schemas"]["FieldProblemBody"][];
        };
        ReviewItemResult: {
            transactionId: string;
            /**
             * @description 200 decided; 404 no such conversion; 409 not in review.
             * @enum {number}
             */
            status: 200 | 404 | 409;
            /**
             * @description The conversion's status after the decision.
             * @enum {string}
             */
            conversionStatus?: "pending" | "review" | "approved" | "rejected" | "reversed";
            error?: components["schemas"]["ErrorBody"];
        };
        ReviewResponse: {
            /** @description One result per transaction id, in the order sent. */
            results: components["schemas"]["ReviewItemResult"][];
            /** @description How many were decided. */
            decided: number;
        };
        FlagDetailResponse: {
            /** @enum {string} */
            code: "ctit_too_short" | "click_flood" | "self_referral" | "last_second_override" | "unknown_click" | "code_leak";
            /** @description The partner the flag concerns, if one. */
            partnerId: string | null;
            partnerName: string | null;
            /** @description What the rule saw, such as `{ ctitSeconds: 4, minimumSeconds: 10 }`. */
            evidence: {
                [key: string]: string | number | boolean;
            };
            flaggedAt: string;
        };
        AttributionTouchResponse: {
            /** @description The click; null for a promo code. */
            clickId: string | null;
            /** @description The promo code, for a touch that is a code. */
            promoCodeId?: string;
            partnerId: string;
            partnerName: string | null;
            /**
             * @description The partner's funnel role at the touch's time.
             * @enum {string}
             */
            role: "awareness" | "consideration" | "conversion" | "retention";
            occurredAt: string;
            /** @description Share of the credit as a number; the credits of a conversion sum to 1. */
            credit: number;
            /**
             * @description The exact share, a fraction.
             * @example 15/29
             */
            creditExact: string;
            /**
             * @description The base model's weight of the touch.
             * @example 2/5
             */
            baseWeight: string;
            /**
             * @description The brand's weight of the touch's role (1 without role weighting).
             * @example 3/2
             */
            roleWeight: string;
            /** @example 51.72 */
            attributedRevenue: string;
            /**
             * @description The partner's commission on this conversion, shared over its touches.
             * @example 7.76
             */
            commission: string;
        };
        ConversionCommissionResponse: {
            partnerId: string;
            partnerName: string | null;
            /** @enum {string} */
            kind: "cps" | "cpa" | "new_customer_bonus" | "capped" | "cpc" | "cpm" | "flat_fee";
            /**
             * @description Negative for a clawback.
             * @example 6.21
             */
            amount: string;
            /**
             * @description `approved` is due for payout.
             * @enum {string}
             */
            status: "pending" | "approved" | "rejected";
            /** @description The plan rule's index. */
            rule: number | null;
            /** @description The rate, in basis points. */
            rateBps: number | null;
            /** @description The performance tier's index (null: the base rate). */
            tier: number | null;
            /** @description What the cap took off, for a capped entry. */
            cappedAmount?: string;
            /** @description The reversal a clawback belongs to. */
            reversalId?: string;
            /** @description When its lock period ends. */
            approvableAt: string;
        };
        ConversionReversalItem: {
            id: string;
            /** @example 20.00 */
            amount: string;
            reason: string | null;
            createdAt: string;
        };
        ConversionResponse: {
            id: string;
            transactionId: string;
            amount: string;
            currency: string;
            /** @enum {string} */
            status: "pending" | "review" | "approved" | "rejected" | "reversed";
            /**
             * @description Why it was rejected: by the brand's system, a manager, or a fraud rule.
             * @enum {string|null}
             */
            statusReason: "advertiser_rejected" | "manual_rejection" | null;
            /** @description The manager's note on a decision. */
            statusNote: string | null;
            /** @description Quality flags (fraud and hijack rules) and promo-code flags. */
            flags: string[];
            /** @description Each quality flag with its partner and evidence. */
            flagDetails: components["schemas"]["FlagDetailResponse"][];
            occurredAt: string;
            clickId: string | null;
            newCustomer: boolean | null;
            /** @description Sum of reversals (refunds) so far. */
            reversedAmount: string;
            /** @description What is left to reverse: the amount less its reversals. */
            remainingAmount: string;
            adv: {
                [key: string]: string;
            };
            /**
             * @description What found the journey, in priority order: the click id, the customer key, the promo code.
             * @enum {string|null}
             */
            journeySource: "click_id" | "customer_key" | "code" | "none" | null;
            /** @description The promo code used, upper-cased. */
            couponCode: string | null;
            /** @enum {string|null} */
            channel: "web" | "app" | "marketplace" | "ai_assistant" | "other" | null;
            agent: string | null;
            /** @description When the engine credited it; null until then. */
            attributedAt: string | null;
            /** @description Credited touches, oldest first. */
            attribution: components["schemas"]["AttributionTouchResponse"][];
            /** @description Its ledger entries, clawbacks included. */
            commissions: components["schemas"]["ConversionCommissionResponse"][];
            /** @description Its refunds, oldest first. */
            reversals: components["schemas"]["ConversionReversalItem"][];
            createdAt: string;
        };
        DecisionDto: {
            /**
             * @description Shown to the partners the decision concerns.
             * @example Customer confirmed by phone
             */
            note?: string;
        };
        ReversalDto: {
            /**
             * @description Defaults to everything that remains.
             * @example 20.00
             */
            amount?: string;
            /** @example refund: damaged on delivery */
            reason?: string;
            /** @description Your id for this reversal: sending it again is then a harmless replay. */
            reversalId?: string;
        };
        ReversalResponse: {
            id: string;
            transactionId: string;
            amount: string;
            currency: string;
            reason?: Record<string, never> | null;
            /** @description Reversed in total, this one included. */
            reversedAmount: string;
            remainingAmount: string;
            /**
             * @description The conversion's status after the reversal.
             * @enum {string}
             */
            status: "pending" | "review" | "approved" | "rejected" | "reversed";
        };
        RoleWeightsDto: {
            /** @description A decimal, best sent as a string ("0.4") so it is read exactly. */
            awareness: string | number;
            /** @description A decimal, best sent as a string ("0.4") so it is read exactly. */
            consideration: string | number;
            /** @description A decimal, best sent as a string ("0.4") so it is read exactly. */
            conversion: string | number;
            /** @description A decimal, best sent as a string ("0.4") so it is read exactly. */
            retention: string | number;
        };
        AttributionSettingsDto: {
            /** @enum {string} */
            model: "last_click" | "first_click" | "linear" | "time_decay" | "position_based" | "role_weighted";
            /**
             * @description Only for role_weighted; default position_based.
             * @enum {string}
             */
            base?: "last_click" | "first_click" | "linear" | "time_decay" | "position_based";
            /** @description time_decay: days for a touch to lose half its weight (default 7). */
            halfLifeDays?: string | number;
            /** @description position_based: the first touch share, 0..1 (default 0.4). */
            firstShare?: string | number;
            /** @description position_based: the last touch share, 0..1 (default 0.4). */
            lastShare?: string | number;
            /** @description role_weighted: a weight ≥ 0 per funnel role. */
            roleWeights?: components["schemas"]["RoleWeightsDto"];
        };
        CpsTierDto: {
            /**
             * @description From this much of the partner's attributed revenue in the quarter.
             * @example 25.00
             */
            fromRevenue: string;
            /** @description Basis points (1250 = 12.5 %). */
            rateBps: number;
        };
        CpsTermsDto: {
            /** @description Basis points (1250 = 12.5 %). */
            rateBps: number;
            /** @description Ascending by fromRevenue. */
            tiers?: components["schemas"]["CpsTierDto"][];
        };
        FixedAmountDto: {
            /**
             * @description Decimal string in the brand currency.
             * @example 25.00
             */
            amount: string;
        };
        FlatFeeDto: {
            /**
             * @description Decimal string in the brand currency.
             * @example 25.00
             */
            amount: string;
            /** @enum {string} */
            period: "month" | "quarter";
        };
        CommissionRuleDto: {
            /** @enum {string} */
            role?: "awareness" | "consideration" | "conversion" | "retention";
            /** @enum {string} */
            partnerType?: "creator" | "content" | "review" | "community" | "coupon" | "cashback" | "loyalty" | "referral" | "sub_network" | "tool";
            /** @description One partner of the brand. */
            partnerId?: string;
            cps?: components["schemas"]["CpsTermsDto"];
            /** @description Per attributed conversion, times the credit. */
            cpa?: components["schemas"]["FixedAmountDto"];
            /** @description Per valid click. */
            cpc?: components["schemas"]["FixedAmountDto"];
            /** @description Per 1,000 impressions. */
            cpm?: components["schemas"]["FixedAmountDto"];
            flatFee?: components["schemas"]["FlatFeeDto"];
        };
        NewCustomerBonusDto: {
            /** @description Basis points of the conversion amount. */
            rateBps?: number;
            /**
             * @description Decimal string in the brand currency.
             * @example 25.00
             */
            amount?: string;
        };
        CommissionCapsDto: {
            /**
             * @description Decimal string in the brand currency.
             * @example 25.00
             */
            perPartnerPerMonth: string;
        };
        CommissionPlanBody: {
            /**
             * @description ISO time with an offset.
             * @example 2026-12-01T00:00:00+01:00
             */
            effectiveFrom: string;
            lookbackDays: number;
            lockDays: number;
            attribution: components["schemas"]["AttributionSettingsDto"];
            /** @description The most specific matching rule applies. */
            rules: components["schemas"]["CommissionRuleDto"][];
            newCustomerBonus?: components["schemas"]["NewCustomerBonusDto"];
            caps?: components["schemas"]["CommissionCapsDto"];
            /**
             * @description Default touch.
             * @enum {string}
             */
            codePolicy?: "touch" | "exclusive";
        };
        CommissionPlanResponse: {
            /**
             * @description ISO time with an offset.
             * @example 2026-12-01T00:00:00+01:00
             */
            effectiveFrom: string;
            lookbackDays: number;
            lockDays: number;
            attribution: components["schemas"]["AttributionSettingsDto"];
            /** @description The most specific matching rule applies. */
            rules: components["schemas"]["CommissionRuleDto"][];
            newCustomerBonus?: components["schemas"]["NewCustomerBonusDto"];
            caps?: components["schemas"]["CommissionCapsDto"];
            /**
             * @description Default touch.
             * @enum {string}
             */
            codePolicy?: "touch" | "exclusive";
            id: string;
            /** @description The version in force now: the latest effectiveFrom not in the future. */
            inForce: boolean;
            createdAt: string;
        };
        PartnerPreviewResponse: {
            partnerId: string;
            name: string;
            /** @enum {string} */
            role: "awareness" | "consideration" | "conversion" | "retention";
            /** @enum {string} */
            type: "creator" | "content" | "review" | "community" | "coupon" | "cashback" | "loyalty" | "referral" | "sub_network" | "tool";
            /**
             * @description Credited to the partner under the draft's model.
             * @example 25.00
             */
            attributedRevenue: string;
            /**
             * @description Credited to the partner in the ledger today.
             * @example 25.00
             */
            currentAttributedRevenue: string;
            /**
             * @description What the partner would earn under the draft.
             * @example 25.00
             */
            commission: string;
            /**
             * @description What the ledger holds for the same conversions, before refunds.
             * @example 25.00
             */
            currentCommission: string;
            /**
             * @description commission - currentCommission.
             * @example 25.00
             */
            difference: string;
        };
        PlanPreviewTotalsResponse: {
            /**
             * @description Decimal string in the brand currency.
             * @example 25.00
             */
            attributedRevenue: string;
            /**
             * @description Decimal string in the brand currency.
             * @example 25.00
             */
            currentAttributedRevenue: string;
            /**
             * @description Decimal string in the brand currency.
             * @example 25.00
             */
            commission: string;
            /**
             * @description Decimal string in the brand currency.
             * @example 25.00
             */
            currentCommission: string;
            /**
             * @description Decimal string in the brand currency.
             * @example 25.00
             */
            difference: string;
            /** @description commission / attributedRevenue, 4 decimals; null without revenue. */
            costOfSale: number | null;
            /** @description currentCommission / currentAttributedRevenue. */
            currentCostOfSale: number | null;
        };
        PlanPreviewResponse: {
            /**
             * @description The month or quarter replayed.
             * @example 2026-10
             */
            period: string;
            /** @description Its first instant (brand's time zone). */
            start: string;
            /** @description The instant after its last. */
            end: string;
            /** @example EUR */
            currency: string;
            /** @description Conversions replayed (rejected ones left out). */
            conversions: number;
            partners: components["schemas"]["PartnerPreviewResponse"][];
            totals: components["schemas"]["PlanPreviewTotalsResponse"];
            note: string;
        };
        CommissionPlanPage: {
            data: components["schemas"]["CommissionPlanResponse"][];
            nextCursor: string | null;
        };
        LedgerEntryResponse: {
            id: string;
            /** @enum {string} */
            kind: "cps" | "cpa" | "new_customer_bonus" | "capped" | "cpc" | "cpm" | "flat_fee";
            /**
             * @description Negative for a clawback.
             * @example 12.50
             */
            amount: string;
            /** @example EUR */
            currency: string;
            /** @enum {string} */
            status: "pending" | "approved" | "rejected";
            conversionId: string | null;
            reversalId: string | null;
            occurredAt: string;
            approvableAt: string;
            approvedAt: string | null;
            /** @description Its share of the conversion, an exact fraction ("2/5"). */
            credit: string | null;
            attributedRevenue: string | null;
            /** @description The plan rule's index. */
            rule: number | null;
            rateBps: number | null;
            tier: number | null;
            /** @description For a capped entry: what the cap held back. */
            cappedAmount?: string;
            statementId: string | null;
            /** @enum {string|null} */
            reasonCode: "monthly_cap" | "refund" | "advertiser_rejected" | "manual_rejection" | null;
            /** @description Why it pays less than earned, for people. */
            reason: string | null;
        };
        LedgerEntryPage: {
            data: components["schemas"]["LedgerEntryResponse"][];
            nextCursor: string | null;
        };
        RunStatementsDto: {
            /**
             * @description A month that is over in the brand's time zone.
             * @example 2026-10
             */
            period: string;
        };
        StatementRunResponse: {
            /** @example 2026-10 */
            period: string;
            /** @description The job of the run: one per brand and month. */
            jobId: string;
            /**
             * @description queued or running: wait; failed: `error` says why (run it again); idle: no run is queued or running (a finished run leaves the queue), `statements` counts what the month has.
             * @enum {string}
             */
            state: "queued" | "running" | "failed" | "idle";
            /** @description Attempts made; a failed attempt is retried. */
            attempts: number;
            /** @description Why the last attempt failed. */
            error: string | null;
            /** @description How many statements the month has now. */
            statements: number;
        };
        ListedStatementResponse: {
            id: string;
            partnerId: string;
            /**
             * @description The month in the brand's time zone.
             * @example 2026-10
             */
            period: string;
            /**
             * @description The currency of every amount of the statement.
             * @example EUR
             */
            currency: string;
            /** @enum {string} */
            status: "issued" | "paid";
            /**
             * @description Carried over from the partner's previous statement (negative after a large clawback).
             * @example 125.40
             */
            openingBalance: string;
            /**
             * @description The sum of its lines: commissions, bonuses, fees, clawbacks.
             * @example 125.40
             */
            earned: string;
            /**
             * @description Opening balance + earned.
             * @example 125.40
             */
            total: string;
            /**
             * @description The brand's minimum payout when the statement was issued.
             * @example 125.40
             */
            minimumPayout: string;
            /**
             * @description The total when it reaches the minimum payout, else 0.
             * @example 125.40
             */
            amountDue: string;
            /**
             * @description What the next statement opens with.
             * @example 125.40
             */
            carriedForward: string;
            /**
             * @description The sentence under the totals.
             * @example 125.40 EUR is due to be paid.
             */
            note: string;
            issuedAt: string;
            paidAt: string | null;
            /** @description The payment reference given when marked paid. */
            paidReference: string | null;
            /** @example DealDrop Coupons */
            partnerName: string;
            /**
             * @description What refunds took back on this statement (0 or negative): part of `earned`.
             * @example 125.40
             */
            clawbacks: string;
        };
        ListedStatementPage: {
            data: components["schemas"]["ListedStatementResponse"][];
            nextCursor: string | null;
        };
        StatementPartnerResponse: {
            id: string;
            name: string;
            externalRef: string | null;
        };
        StatementLineResponse: {
            /** @description The ledger entry. */
            entryId: string;
            /**
             * @description The local date (brand time zone) of the order, or of the day a fee is for.
             * @example 2026-10-14
             */
            date: string;
            /** @enum {string} */
            kind: "cps" | "cpa" | "new_customer_bonus" | "capped" | "cpc" | "cpm" | "flat_fee";
            /** @description The order's transaction id; null for fees. */
            transactionId: string | null;
            /**
             * @description A decimal string in the statement currency.
             * @example 125.40
             */
            orderAmount: string | null;
            /**
             * @description The partner's share of the order.
             * @example 15/29
             */
            credit: string | null;
            /** @example 51.72 % */
            creditShare: string | null;
            /**
             * @description A decimal string in the statement currency.
             * @example 125.40
             */
            attributedRevenue: string | null;
            /** @description The plan rule's index. */
            rule: number | null;
            rateBps: number | null;
            tier: number | null;
            /**
             * @description A decimal string in the statement currency.
             * @example 125.40
             */
            commission: string;
            /**
             * @description On `capped` lines only: what the monthly cap kept back.
             * @example 125.40
             */
            cappedAmount?: string;
            /** @description How many other partners took part in the order (never who). */
            otherPartners: number;
            /**
             * @description Why it pays less than it might.
             * @enum {string|null}
             */
            reasonCode: "monthly_cap" | "refund" | "advertiser_rejected" | "manual_rejection" | null;
            reason: string | null;
        };
        StatementDocumentResponse: {
            id: string;
            partnerId: string;
            /**
             * @description The month in the brand's time zone.
             * @example 2026-10
             */
            period: string;
            /**
             * @description The currency of every amount of the statement.
             * @example EUR
             */
            currency: string;
            /** @enum {string} */
            status: "issued" | "paid";
            /**
             * @description Carried over from the partner's previous statement (negative after a large clawback).
             * @example 125.40
             */
            openingBalance: string;
            /**
             * @description The sum of its lines: commissions, bonuses, fees, clawbacks.
             * @example 125.40
             */
            earned: string;
            /**
             * @description Opening balance + earned.
             * @example 125.40
             */
            total: string;
            /**
             * @description The brand's minimum payout when the statement was issued.
             * @example 125.40
             */
            minimumPayout: string;
            /**
             * @description The total when it reaches the minimum payout, else 0.
             * @example 125.40
             */
            amountDue: string;
            /**
             * @description What the next statement opens with.
             * @example 125.40
             */
            carriedForward: string;
            /**
             * @description The sentence under the totals.
             * @example 125.40 EUR is due to be paid.
             */
            note: string;
            issuedAt: string;
            paidAt: string | null;
            /** @description The payment reference given when marked paid. */
            paidReference: string | null;
            /** @description The brand's name. */
            brand: string;
            partner: components["schemas"]["StatementPartnerResponse"];
            lines: components["schemas"]["StatementLineResponse"][];
        };
        MarkManyPaidDto: {
            /** @description The statements paid by this payment: 1 to 200 ids. */
            statementIds: string[];
            /**
             * @description The payment reference (bank transfer, PayPal batch).
             * @example SEPA-2026-11-0042
             */
            reference: string;
        };
        StatementResponse: {
            id: string;
            partnerId: string;
            /**
             * @description The month in the brand's time zone.
             * @example 2026-10
             */
            period: string;
            /**
             * @description The currency of every amount of the statement.
             * @example EUR
             */
            currency: string;
            /** @enum {string} */
            status: "issued" | "paid";
            /**
             * @description Carried over from the partner's previous statement (negative after a large clawback).
             * @example 125.40
             */
            openingBalance: string;
            /**
             * @description The sum of its lines: commissions, bonuses, fees, clawbacks.
             * @example 125.40
             */
            earned: string;
            /**
             * @description Opening balance + earned.
             * @example 125.40
             */
            total: string;
            /**
             * @description The brand's minimum payout when the statement was issued.
             * @example 125.40
             */
            minimumPayout: string;
            /**
             * @description The total when it reaches the minimum payout, else 0.
             * @example 125.40
             */
            amountDue: string;
            /**
             * @description What the next statement opens with.
             * @example 125.40
             */
            carriedForward: string;
            /**
             * @description The sentence under the totals.
             * @example 125.40 EUR is due to be paid.
             */
            note: string;
            issuedAt: string;
            paidAt: string | null;
            /** @description The payment reference given when marked paid. */
            paidReference: string | null;
        };
        StatementsPaidResponse: {
            /** @description The statements, now paid. */
            data: components["schemas"]["StatementResponse"][];
        };
        MarkPaidDto: {
            /**
             * @description The payment reference (bank transfer, PayPal batch).
             * @example SEPA-2026-11-0042
             */
            reference: string;
        };
        ActivityDayResponse: {
            /**
             * @description The local day in the brand's time zone.
             * @example 2026-11-30
             */
            date: string;
            /** @description Creditable clicks (bots and flooded clicks left out). */
            clicks: number;
            impressions: number;
            /** @description Conversions the partner was credited in, however small its share. */
            conversions: number;
            /** @example 120.00 */
            attributedRevenue: string;
            /**
             * @description Its ledger entries of the day, rejected ones left out.
             * @example 12.00
             */
            commission: string;
        };
        ActivityResponse: {
            /** @example EUR */
            currency: string;
            /** @example Europe/Berlin */
            timezone: string;
            days: components["schemas"]["ActivityDayResponse"][];
        };
        QualityRulesResponse: {
            /** @description Flag conversions sooner than this after their last click. */
            minCtitSeconds: number;
            /** @description More clicks than this per IP prefix, partner and minute are not creditable. */
            clickFloodPerMinute: number;
            /** @description A conversion-role touch this close before the order, after another partner, is flagged. */
            lastSecondSeconds: number;
            /** @description Whether a last-second override loses its credit (true) or keeps it, flagged (false). */
            standDownLastSecond: boolean;
        };
        QualityRulesDto: {
            /**
             * @description Flag conversions sooner than this after their last click.
             * @default 10
             */
            minCtitSeconds: number;
            /**
             * @description More clicks than this per IP prefix, partner and minute are not creditable.
             * @default 30
             */
            clickFloodPerMinute: number;
            /**
             * @description A conversion-role touch this close before the order, after another partner, is flagged last_second_override.
             * @default 60
             */
            lastSecondSeconds: number;
            /**
             * @description Whether a last-second override loses its credit (true) or keeps it, flagged (false).
             * @default false
             */
            standDownLastSecond: boolean;
        };
        PartnerQualityFlagResponse: {
            id: string;
            /** @enum {string} */
            code: "ctit_too_short" | "click_flood" | "self_referral" | "last_second_override" | "unknown_click" | "code_leak";
            /** @description The flagged conversion; null for a flag on a day. */
            conversionId: string | null;
            /** @description The conversion's transaction id. */
            transactionId: string | null;
            /** @description The partner the flag names, when it names one. */
            partnerId: string | null;
            /** @description For a flag on a day (click flooding): the brand's local day. */
            day: string | null;
            /** @description What the rule saw. */
            evidence: {
                [key: string]: string | number | boolean;
            };
            flaggedAt: string;
        };
        PartnerQualityFlagPage: {
            data: components["schemas"]["PartnerQualityFlagResponse"][];
            nextCursor: string | null;
        };
        CustomerKeyDto: {
            /**
             * @description A customer key of the partner's own (staff, household).
             * @example customer-42
             */
            customerKey: string;
        };
        CreateWebhookDto: {
            /**
             * @description https (http only in development and test); never a private, loopback or link-local address.
             * @example https://hooks.northwind.example/partnermix
             */
            url: string;
            /**
             * @example [
             *       "conversion.created",
             *       "commission.created"
             *     ]
             */
            events: ("conversion.created" | "conversion.status_changed" | "commission.created" | "commission.approved" | "commission.reversed" | "statement.issued")[];
        };
        WebhookWithSecretResponse: {
            id: string;
            url: string;
            events: ("conversion.created" | "conversion.status_changed" | "commission.created" | "commission.approved" | "commission.reversed" | "statement.issued")[];
            /** @enum {string} */
            status: "active" | "disabled";
            /** @description Why it was disabled. */
            disabledReason: string | null;
            disabledAt: string | null;
            /** @description Until then the previous secret signs too. */
            previousSecretExpiresAt: string | null;
            /** @description Set for a partner endpoint. */
            partnerId: string | null;
            createdAt: string;
            /** @description The signing secret, shown only here. */
            secret: string;
        };
        WebhookResponse: {
            id: string;
            url: string;
            events: ("conversion.created" | "conversion.status_changed" | "commission.created" | "commission.approved" | "commission.reversed" | "statement.issued")[];
            /** @enum {string} */
            status: "active" | "disabled";
            /** @description Why it was disabled. */
            disabledReason: string | null;
            disabledAt: string | null;
            /** @description Until then the previous secret signs too. */
            previousSecretExpiresAt: string | null;
            /** @description Set for a partner endpoint. */
            partnerId: string | null;
            createdAt: string;
        };
        WebhookPage: {
            data: components["schemas"]["WebhookResponse"][];
            nextCursor: string | null;
        };
        UpdateWebhookDto: {
            url?: string;
            events?: ("conversion.created" | "conversion.status_changed" | "commission.created" | "commission.approved" | "commission.reversed" | "statement.issued")[];
            /** @description false pauses the endpoint; true re-enables one that was disabled. */
            enabled?: boolean;
        };
        AttemptResponse: {
            attemptedAt: string;
            /** @description Null when no response came. */
            statusCode: number | null;
            latencyMs: number;
            error: string | null;
            /** @description The first 1,000 characters of the response body. */
            responseExcerpt: string | null;
        };
        DeliveryResponse: {
            id: string;
            eventId: string;
            type: string;
            /** @enum {string} */
            status: "pending" | "delivered" | "dead";
            /** @description The JSON body sent (webhooks), or the URL fired (postback templates). */
            payload: string;
            lastError: string | null;
            createdAt: string;
            deliveredAt: string | null;
            attempts: components["schemas"]["AttemptResponse"][];
        };
        DeliveryPage: {
            data: components["schemas"]["DeliveryResponse"][];
            nextCursor: string | null;
        };
        CreatePromoCodeDto: {
            /**
             * @description Unique in the brand without regard to case.
             * @example TRAIL10
             */
            code: string;
            /**
             * @description Valid from (included); open when left out.
             * @example 2026-12-01T00:00:00+01:00
             */
            validFrom?: string;
            /**
             * @description Valid until (included); open when left out.
             * @example 2026-12-31T23:59:59+01:00
             */
            validTo?: string;
            /**
             * @description Only for the partner's own audience: a conversion with this code is credited only when its customer has a click of the partner in the journey; otherwise it is flagged code_outside_audience.
             * @default false
             */
            exclusiveToAudience: boolean;
        };
        PromoCodeResponse: {
            id: string;
            code: string;
            partnerId: string;
            validFrom: string | null;
            validTo: string | null;
            exclusiveToAudience: boolean;
            createdAt: string;
        };
        PromoCodePage: {
            data: components["schemas"]["PromoCodeResponse"][];
            nextCursor: string | null;
        };
        BrandPromoCodeResponse: {
            id: string;
            code: string;
            partnerId: string;
            validFrom: string | null;
            validTo: string | null;
            exclusiveToAudience: boolean;
            createdAt: string;
            /** @example Trail Talk Podcast */
            partnerName: string;
        };
        BrandPromoCodePage: {
            data: components["schemas"]["BrandPromoCodeResponse"][];
            nextCursor: string | null;
        };
        MixTargetDto: {
            /** @example 0.35 */
            awareness: number;
            /** @example 0.25 */
            consideration: number;
            /** @example 0.25 */
            conversion: number;
            /** @example 0.15 */
            retention: number;
        };
        MixTargetResponse: {
            /** @example 0.35 */
            awareness: number;
            /** @example 0.25 */
            consideration: number;
            /** @example 0.25 */
            conversion: number;
            /** @example 0.15 */
            retention: number;
            updatedAt: string;
        };
        SpendDto: {
            /**
             * @description Any label: paid_search, paid_social, tv, agency…
             * @example paid_social
             */
            channel: string;
            /**
             * @description First local day covered (included).
             * @example 2026-10-01
             */
            periodStart: string;
            /**
             * @description Last local day covered (included).
             * @example 2026-10-31
             */
            periodEnd: string;
            /**
             * @description Decimal string in the brand currency.
             * @example 12500.00
             */
            amount: string;
            /**
             * @description The brand's currency.
             * @example EUR
             */
            currency: string;
        };
        SpendResponse: {
            /**
             * @description Any label: paid_search, paid_social, tv, agency…
             * @example paid_social
             */
            channel: string;
            /**
             * @description First local day covered (included).
             * @example 2026-10-01
             */
            periodStart: string;
            /**
             * @description Last local day covered (included).
             * @example 2026-10-31
             */
            periodEnd: string;
            /**
             * @description Decimal string in the brand currency.
             * @example 12500.00
             */
            amount: string;
            /**
             * @description The brand's currency.
             * @example EUR
             */
            currency: string;
            id: string;
            createdAt: string;
        };
        SpendPage: {
            data: components["schemas"]["SpendResponse"][];
            nextCursor: string | null;
        };
        ReportRequestDto: {
            /**
             * @description A quarter of the brand's time zone that has started.
             * @example 2026-Q3
             */
            quarter: string;
        };
        PartnerMixReportRequested: {
            /** @description Read the report (and its progress) at GET /v1/reports/partner-mix/{id}. */
            id: string;
            /**
             * @example queued
             * @enum {string}
             */
            status: "queued" | "running" | "done" | "failed";
            /** @example 2026-Q3 */
            quarter: string;
        };
        PartnerMixReportSummary: {
            id: string;
            /** @enum {string} */
            status: "queued" | "running" | "done" | "failed";
            /** @example 2026-Q3 */
            quarter: string;
            /** @enum {string} */
            trigger: "scheduled" | "on_demand";
            createdAt: string;
            startedAt: string | null;
            completedAt: string | null;
            /** @description Why the build failed; failed reports only. */
            error?: string | null;
        };
        PartnerMixReportPage: {
            data: components["schemas"]["PartnerMixReportSummary"][];
            nextCursor: string | null;
        };
        ReportPeriodResponse: {
            /**
             * @description The quarter's first instant.
             * @example 2026-06-30T22:00:00.000Z
             */
            start: string;
            /**
             * @description The next quarter's first instant.
             * @example 2026-09-30T22:00:00.000Z
             */
            end: string;
        };
        ReportTotalsResponse: {
            /** @description Every conversion of the quarter, attributed or not (not rejected). */
            conversions: number;
            /** @description Conversions with at least one credited touch. */
            attributedConversions: number;
            /**
             * @description All orders of the quarter, as ordered.
             * @example 1234.50
             */
            revenue: string;
            /**
             * @description A decimal string in the report currency.
             * @example 1234.50
             */
            refunded: string;
            /**
             * @description A decimal string in the report currency.
             * @example 1234.50
             */
            attributedRevenue: string;
            /**
             * @description The ledger net of clawbacks, rejected entries left out.
             * @example 1234.50
             */
            commissionCost: string;
            /** @description Credit-weighted. */
            newCustomers: number;
        };
        CommissionByModelResponse: {
            /**
             * @description A decimal string in the report currency.
             * @example 1234.50
             */
            cps: string;
            /**
             * @description A decimal string in the report currency.
             * @example 1234.50
             */
            cpa: string;
            /**
             * @description A decimal string in the report currency.
             * @example 1234.50
             */
            newCustomerBonus: string;
            /**
             * @description A decimal string in the report currency.
             * @example 1234.50
             */
            cpc: string;
            /**
             * @description A decimal string in the report currency.
             * @example 1234.50
             */
            cpm: string;
            /**
             * @description A decimal string in the report currency.
             * @example 1234.50
             */
            flatFee: string;
            /**
             * @description A decimal string in the report currency.
             * @example 1234.50
             */
            total: string;
        };
        PreviousQuarterFiguresResponse: {
            /**
             * @description A decimal string in the report currency.
             * @example 1234.50
             */
            attributedRevenue: string;
            attributedConversions: number;
            clicks: number;
            /**
             * @description A decimal string in the report currency.
             * @example 1234.50
             */
            commissionCost: string;
        };
        ChangePercentResponse: {
            attributedRevenue: number | null;
            attributedConversions: number | null;
            clicks: number | null;
            commissionCost: number | null;
        };
        RoleGroupResponse: {
            activePartners: number;
            clicks: number;
            impressions: number;
            conversionsTouched: number;
            /** @description Sum of the settlement model's credit. */
            attributedConversions: number;
            /**
             * @description A decimal string in the report currency.
             * @example 1234.50
             */
            attributedRevenue: string;
            /**
             * @description Of all partners' attributed revenue, 0..1.
             * @example 0.2513
             */
            revenueShare: number;
            /** @description Credit-weighted. */
            newCustomers: number;
            /**
             * @description Attributed revenue / attributed conversions.
             * @example 1234.50
             */
            aov: string | null;
            commission: components["schemas"]["CommissionByModelResponse"];
            /** @description Commission cost / attributed revenue. */
            costOfSale: number | null;
            /**
             * @description Commission cost / credit-weighted new customers.
             * @example 1234.50
             */
            cac: string | null;
            customersBrought: number;
            repeatPurchaseRate: number | null;
            /** @description Conversions touched without the last touch. */
            assistedConversions: number;
            previousQuarter: components["schemas"]["PreviousQuarterFiguresResponse"];
            changePercent: components["schemas"]["ChangePercentResponse"];
            /** @enum {string} */
            role: "awareness" | "consideration" | "conversion" | "retention";
        };
        TypeGroupResponse: {
            activePartners: number;
            clicks: number;
            impressions: number;
            conversionsTouched: number;
            /** @description Sum of the settlement model's credit. */
            attributedConversions: number;
            /**
             * @description A decimal string in the report currency.
             * @example 1234.50
             */
            attributedRevenue: string;
            /**
             * @description Of all partners' attributed revenue, 0..1.
             * @example 0.2513
             */
            revenueShare: number;
            /** @description Credit-weighted. */
            newCustomers: number;
            /**
             * @description Attributed revenue / attributed conversions.
             * @example 1234.50
             */
            aov: string | null;
            commission: components["schemas"]["CommissionByModelResponse"];
            /** @description Commission cost / attributed revenue. */
            costOfSale: number | null;
            /**
             * @description Commission cost / credit-weighted new customers.
             * @example 1234.50
             */
            cac: string | null;
            customersBrought: number;
            repeatPurchaseRate: number | null;
            /** @description Conversions touched without the last touch. */
            assistedConversions: number;
            previousQuarter: components["schemas"]["PreviousQuarterFiguresResponse"];
            changePercent: components["schemas"]["ChangePercentResponse"];
            /** @enum {string} */
            type: "creator" | "content" | "review" | "community" | "coupon" | "cashback" | "loyalty" | "referral" | "sub_network" | "tool";
        };
        PartnerGroupResponse: {
            activePartners: number;
            clicks: number;
            impressions: number;
            conversionsTouched: number;
            /** @description Sum of the settlement model's credit. */
            attributedConversions: number;
            /**
             * @description A decimal string in the report currency.
             * @example 1234.50
             */
            attributedRevenue: string;
            /**
             * @description Of all partners' attributed revenue, 0..1.
             * @example 0.2513
             */
            revenueShare: number;
            /** @description Credit-weighted. */
            newCustomers: number;
            /**
             * @description Attributed revenue / attributed conversions.
             * @example 1234.50
             */
            aov: string | null;
            commission: components["schemas"]["CommissionByModelResponse"];
            /** @description Commission cost / attributed revenue. */
            costOfSale: number | null;
            /**
             * @description Commission cost / credit-weighted new customers.
             * @example 1234.50
             */
            cac: string | null;
            customersBrought: number;
            repeatPurchaseRate: number | null;
            /** @description Conversions touched without the last touch. */
            assistedConversions: number;
            previousQuarter: components["schemas"]["PreviousQuarterFiguresResponse"];
            changePercent: components["schemas"]["ChangePercentResponse"];
            partnerId: string;
            name: string;
            /** @enum {string} */
            role: "awareness" | "consideration" | "conversion" | "retention";
            /** @enum {string} */
            type: "creator" | "content" | "review" | "community" | "coupon" | "cashback" | "loyalty" | "referral" | "sub_network" | "tool";
        };
        TargetRoleResponse: {
            /** @enum {string} */
            role: "awareness" | "consideration" | "conversion" | "retention";
            /**
             * @description The target share; null without a target.
             * @example 0.2513
             */
            target: number | null;
            /**
             * @description Its share of attributed revenue.
             * @example 0.2513
             */
            actual: number;
            /** @description actual − target in points, 1 decimal. */
            gapPoints: number | null;
        };
        TargetMixResponse: {
            /** @description Whether the brand has set a target mix. */
            set: boolean;
            roles: components["schemas"]["TargetRoleResponse"][];
        };
        SpendByChannelResponse: {
            channel: string;
            /**
             * @description Its part in the quarter (spend over several quarters is spread over its days).
             * @example 1234.50
             */
            amount: string;
        };
        MerResponse: {
            /**
             * @description A decimal string in the report currency.
             * @example 1234.50
             */
            totalRevenue: string;
            /**
             * @description A decimal string in the report currency.
             * @example 1234.50
             */
            affiliateCost: string;
            /**
             * @description A decimal string in the report currency.
             * @example 1234.50
             */
            otherSpend: string;
            otherSpendByChannel: components["schemas"]["SpendByChannelResponse"][];
            /**
             * @description A decimal string in the report currency.
             * @example 1234.50
             */
            totalSpend: string;
            /** @description Total revenue / total spend, 2 decimals. */
            mer: number | null;
            /**
             * @description 0..1, 4 decimals.
             * @example 0.2513
             */
            affiliateShareOfSpend: number | null;
        };
        RoleModelRowResponse: {
            /**
             * @description A decimal string in the report currency.
             * @example 1234.50
             */
            lastClick: string;
            /**
             * @description A decimal string in the report currency.
             * @example 1234.50
             */
            firstClick: string;
            /**
             * @description A decimal string in the report currency.
             * @example 1234.50
             */
            linear: string;
            /**
             * @description By the settlement model (the credits the ledger was written with).
             * @example 1234.50
             */
            settlement: string;
            /** @enum {string} */
            lastClickVerdict: "over_valued" | "under_valued" | "in_line";
            /** @enum {string} */
            role: "awareness" | "consideration" | "conversion" | "retention";
        };
        TypeModelRowResponse: {
            /**
             * @description A decimal string in the report currency.
             * @example 1234.50
             */
            lastClick: string;
            /**
             * @description A decimal string in the report currency.
             * @example 1234.50
             */
            firstClick: string;
            /**
             * @description A decimal string in the report currency.
             * @example 1234.50
             */
            linear: string;
            /**
             * @description By the settlement model (the credits the ledger was written with).
             * @example 1234.50
             */
            settlement: string;
            /** @enum {string} */
            lastClickVerdict: "over_valued" | "under_valued" | "in_line";
            /** @enum {string} */
            type: "creator" | "content" | "review" | "community" | "coupon" | "cashback" | "loyalty" | "referral" | "sub_network" | "tool";
        };
        PartnerModelRowResponse: {
            /**
             * @description A decimal string in the report currency.
             * @example 1234.50
             */
            lastClick: string;
            /**
             * @description A decimal string in the report currency.
             * @example 1234.50
             */
            firstClick: string;
            /**
             * @description A decimal string in the report currency.
             * @example 1234.50
             */
            linear: string;
            /**
             * @description By the settlement model (the credits the ledger was written with).
             * @example 1234.50
             */
            settlement: string;
            /** @enum {string} */
            lastClickVerdict: "over_valued" | "under_valued" | "in_line";
            partnerId: string;
            name: string;
            /** @enum {string} */
            role: "awareness" | "consideration" | "conversion" | "retention";
            /** @enum {string} */
            type: "creator" | "content" | "review" | "community" | "coupon" | "cashback" | "loyalty" | "referral" | "sub_network" | "tool";
        };
        ModelComparisonResponse: {
            /**
             * @example [
             *       "last_click",
             *       "first_click",
             *       "linear",
             *       "settlement"
             *     ]
             */
            models: string[];
            /** @example role_weighted over position_based */
            settlementModel: string;
            byRole: components["schemas"]["RoleModelRowResponse"][];
            byType: components["schemas"]["TypeModelRowResponse"][];
            byPartner: components["schemas"]["PartnerModelRowResponse"][];
            /** @description Partner names. */
            overValuedByLastClick: string[];
            /** @description Partner names. */
            underValuedByLastClick: string[];
        };
        RoleShapleyResponse: {
            conversions: number;
            /**
             * @description A decimal string in the report currency.
             * @example 1234.50
             */
            revenue: string;
            /**
             * @description 0..1, 4 decimals.
             * @example 0.2513
             */
            share: number;
            /** @enum {string} */
            role: "awareness" | "consideration" | "conversion" | "retention";
        };
        TypeShapleyResponse: {
            conversions: number;
            /**
             * @description A decimal string in the report currency.
             * @example 1234.50
             */
            revenue: string;
            /**
             * @description 0..1, 4 decimals.
             * @example 0.2513
             */
            share: number;
            /** @enum {string} */
            type: "creator" | "content" | "review" | "community" | "coupon" | "cashback" | "loyalty" | "referral" | "sub_network" | "tool";
        };
        ShapleyResponse: {
            method: string;
            worth: string;
            byRole: components["schemas"]["RoleShapleyResponse"][];
            /** @enum {string} */
            byRoleMethod: "exact" | "sampled";
            byType: components["schemas"]["TypeShapleyResponse"][];
            /** @enum {string} */
            byTypeMethod: "exact" | "sampled";
            /** @description Random joining orders, when values were sampled. */
            samples?: number;
        };
        MarkovJourneysResponse: {
            converting: number;
            nonConverting: number;
        };
        RoleMarkovResponse: {
            removalEffect: number;
            /**
             * @description 0..1, 4 decimals.
             * @example 0.2513
             */
            share: number;
            conversions: number;
            /**
             * @description A decimal string in the report currency.
             * @example 1234.50
             */
            revenue: string;
            /** @example awareness */
            role: string;
        };
        TypeMarkovResponse: {
            removalEffect: number;
            /**
             * @description 0..1, 4 decimals.
             * @example 0.2513
             */
            share: number;
            conversions: number;
            /**
             * @description A decimal string in the report currency.
             * @example 1234.50
             */
            revenue: string;
            /** @example creator */
            type: string;
        };
        MarkovResponse: {
            method: string;
            lookbackDays: number;
            journeys: components["schemas"]["MarkovJourneysResponse"];
            conversionProbability: number;
            byRole: components["schemas"]["RoleMarkovResponse"][];
            byType: components["schemas"]["TypeMarkovResponse"][];
        };
        DataDrivenResponse: {
            shapley: components["schemas"]["ShapleyResponse"];
            markov: components["schemas"]["MarkovResponse"];
        };
        ChannelRevenueResponse: {
            /**
             * @description As posted, or `unspecified`.
             * @example ai_assistant
             */
            channel: string;
            conversions: number;
            /**
             * @description A decimal string in the report currency.
             * @example 1234.50
             */
            revenue: string;
            /**
             * @description 0..1, 4 decimals.
             * @example 0.2513
             */
            revenueShare: number | null;
            /**
             * @description A decimal string in the report currency.
             * @example 1234.50
             */
            noVisibleTouchRevenue: string;
            /**
             * @description 0..1, 4 decimals.
             * @example 0.2513
             */
            noVisibleTouchShare: number | null;
        };
        SourceRevenueResponse: {
            /**
             * @description `click_id`, `customer_key`, `code` or `none`.
             * @example click_id
             */
            source: string;
            conversions: number;
            /**
             * @description A decimal string in the report currency.
             * @example 1234.50
             */
            revenue: string;
            /**
             * @description 0..1, 4 decimals.
             * @example 0.2513
             */
            revenueShare: number | null;
        };
        PartnerQualityResponse: {
            partnerId: string;
            name: string;
            /** @enum {string} */
            role: "awareness" | "consideration" | "conversion" | "retention";
            /** @enum {string} */
            type: "creator" | "content" | "review" | "community" | "coupon" | "cashback" | "loyalty" | "referral" | "sub_network" | "tool";
            /**
             * @description Hits by quality rule code.
             * @example {
             *       "ctit_too_short": 2
             *     }
             */
            hits: {
                [key: string]: number;
            };
            total: number;
        };
        QualityResponse: {
            byPartner: components["schemas"]["PartnerQualityResponse"][];
            total: number;
        };
        PartnerMixReportResponse: {
            id: string;
            /** @enum {string} */
            status: "queued" | "running" | "done" | "failed";
            /** @example 2026-Q3 */
            quarter: string;
            /** @enum {string} */
            trigger: "scheduled" | "on_demand";
            createdAt: string;
            startedAt: string | null;
            completedAt: string | null;
            /** @description Why the build failed; failed reports only. */
            error?: string | null;
            /** @example 2026-Q2 */
            previousQuarter?: string;
            /**
             * @description The currency of every amount of the report.
             * @example EUR
             */
            currency?: string;
            /** @example Europe/Berlin */
            timeZone?: string;
            period?: components["schemas"]["ReportPeriodResponse"];
            totals?: components["schemas"]["ReportTotalsResponse"];
            /** @description Every funnel role, in funnel order. */
            byRole?: components["schemas"]["RoleGroupResponse"][];
            byType?: components["schemas"]["TypeGroupResponse"][];
            /** @description Most attributed revenue first. */
            byPartner?: components["schemas"]["PartnerGroupResponse"][];
            target?: components["schemas"]["TargetMixResponse"];
            mer?: components["schemas"]["MerResponse"];
            modelComparison?: components["schemas"]["ModelComparisonResponse"];
            dataDriven?: components["schemas"]["DataDrivenResponse"];
            byChannel?: components["schemas"]["ChannelRevenueResponse"][];
            bySource?: components["schemas"]["SourceRevenueResponse"][];
            /**
             * @description Of the revenue, the share no visible touch found.
             * @example 0.2513
             */
            noVisibleTouchShare?: number | null;
            quality?: components["schemas"]["QualityResponse"];
            recommendations?: string[];
            /** @description How the figures are worked out. */
            notes?: string[];
        };
        OverviewPeriodResponse: {
            /** @example 2026-11-01 */
            from: string;
            /** @example 2026-11-30 */
            to: string;
            /** @example 30 */
            days: number;
        };
        OverviewRangeResponse: {
            /** @example 2026-11-01 */
            from: string;
            /** @example 2026-11-30 */
            to: string;
        };
        OverviewFiguresResponse: {
            /**
             * @description Revenue credited to partners (the settlement model's shares).
             * @example 1234.50
             */
            attributedRevenue: string;
            /** @description Conversions with a credited touch (rejected ones left out). */
            conversions: number;
            /** @description Creditable clicks. */
            clicks: number;
            /**
             * @description Commission entries of the period (fees included, rejected left out).
             * @example 1234.50
             */
            commissionCost: string;
            /** @description Commission cost / attributed revenue, 4 decimals. */
            costOfSale: number | null;
            /** @description All orders, attributed or not (rejected ones left out). */
            orders: number;
            /**
             * @description Revenue of all orders: the numerator of MER.
             * @example 1234.50
             */
            revenue: string;
            /**
             * @description The brand's other marketing spend, spread over its days.
             * @example 1234.50
             */
            otherSpend: string;
            /**
             * @description Commission cost + other spend.
             * @example 1234.50
             */
            totalSpend: string;
            /** @description Revenue / total spend, 2 decimals; null without spend. */
            mer: number | null;
            /** @description Credited conversions of new customers. */
            newCustomers: number;
            /** @description Partners with a creditable click or a credited conversion. */
            activePartners: number;
        };
        OverviewChangesResponse: {
            /**
             * @description Percent change against the previous period, 1 decimal; null when that was 0 (or had no value).
             * @example 12.5
             */
            attributedRevenue: number | null;
            /**
             * @description Percent change against the previous period, 1 decimal; null when that was 0 (or had no value).
             * @example 12.5
             */
            conversions: number | null;
            /**
             * @description Percent change against the previous period, 1 decimal; null when that was 0 (or had no value).
             * @example 12.5
             */
            clicks: number | null;
            /**
             * @description Percent change against the previous period, 1 decimal; null when that was 0 (or had no value).
             * @example 12.5
             */
            commissionCost: number | null;
            /**
             * @description Percent change against the previous period, 1 decimal; null when that was 0 (or had no value).
             * @example 12.5
             */
            costOfSale: number | null;
            /**
             * @description Percent change against the previous period, 1 decimal; null when that was 0 (or had no value).
             * @example 12.5
             */
            mer: number | null;
            /**
             * @description Percent change against the previous period, 1 decimal; null when that was 0 (or had no value).
             * @example 12.5
             */
            newCustomers: number | null;
            /**
             * @description Percent change against the previous period, 1 decimal; null when that was 0 (or had no value).
             * @example 12.5
             */
            activePartners: number | null;
        };
        OverviewDayResponse: {
            /**
             * @description A local day of the brand's time zone.
             * @example 2026-11-03
             */
            day: string;
            clicks: number;
            conversions: number;
            /**
             * @description A decimal string in the brand's currency.
             * @example 1234.50
             */
            attributedRevenue: string;
        };
        OverviewRoleMixResponse: {
            /** @enum {string} */
            role: "awareness" | "consideration" | "conversion" | "retention";
            /**
             * @description A decimal string in the brand's currency.
             * @example 1234.50
             */
            attributedRevenue: string;
            /**
             * @description Share of attributed revenue, 0..1, 4 decimals.
             * @example 0.2513
             */
            actual: number;
            /** @description The brand's target share; null without a target. */
            target: number | null;
            /** @description actual − target in percentage points, 1 decimal. */
            gapPoints: number | null;
        };
        OverviewMixResponse: {
            /** @description Whether the brand has set a target mix (PUT /v1/partner-mix/target). */
            targetSet: boolean;
            roles: components["schemas"]["OverviewRoleMixResponse"][];
        };
        OverviewResponse: {
            /** @example EUR */
            currency: string;
            /** @example Europe/Berlin */
            timeZone: string;
            period: components["schemas"]["OverviewPeriodResponse"];
            /** @description The period of the same length just before. */
            previousPeriod: components["schemas"]["OverviewRangeResponse"];
            current: components["schemas"]["OverviewFiguresResponse"];
            previous: components["schemas"]["OverviewFiguresResponse"];
            changePercent: components["schemas"]["OverviewChangesResponse"];
            /** @description Every day of the period, days without events as 0. */
            daily: components["schemas"]["OverviewDayResponse"][];
            /** @description Attributed revenue by funnel role against the target. */
            mix: components["schemas"]["OverviewMixResponse"];
        };
        OverviewTodoResponse: {
            /** @description Flagged conversions waiting for a decision. */
            conversionsInReview: number;
            /** @description Partner applications waiting. */
            applicationsWaiting: number;
            /** @description Statements a run of the last closed month would issue (0 once that month's run is done). */
            statementsToIssue: number;
            /**
             * @description That month, when there are any.
             * @example 2026-10
             */
            monthToIssue: string | null;
            /** @description Issued statements with an amount due, not yet marked paid. */
            statementsToPay: number;
            /** @description The brand's webhook endpoints whose deliveries are failing (or that were disabled for it). */
            failingWebhooks: number;
        };
        ErasureResponse: {
            /** @description The customer's clicks deleted (by key, and those its conversions named). */
            clicksDeleted: number;
            /** @description Conversions kept for accounting, with the customer key and click id removed. */
            conversionsAnonymised: number;
        };
        LoginDto: {
            /** @example maria@brand.example */
            email: string;
            /** Format: password */
            password: string;
        };
        SessionUserResponse: {
            id: string;
            email: string;
            name: string;
            /** @description Operators run the platform; their session acts as the operator key. */
            isOperator: boolean;
        };
        MembershipResponse: {
            brandId: string;
            brandName: string;
            /** @enum {string} */
            role: "brand_manager" | "partner";
            /** @description The partner a partner membership acts as (only for role partner). */
            partnerId?: string;
        };
        SessionResponse: {
            user: components["schemas"]["SessionUserResponse"];
            memberships: components["schemas"]["MembershipResponse"][];
            /** @description The brand the session acts in (null for an operator, or a person with no membership). */
            activeBrandId: string | null;
            /** @description Send as X-CSRF-Token on every POST, PUT, PATCH and DELETE made with the cookie. */
            csrfToken: string;
        };
        ActiveBrandDto: {
            /** @description A brand the signed-in person is a member of. */
            brandId: string;
        };
        InvitePreviewResponse: {
            email: string;
            /** @enum {string} */
            role: "brand_manager" | "partner";
            brandId: string;
            brandName: string;
            /** Format: date-time */
            expiresAt: string;
            /** @description The e-mail has an account already: accepting asks for its current password. */
            existingUser: boolean;
        };
        AcceptInviteDto: {
            /** @description The `token` of the invitation link. */
            token: string;
            /**
             * @description Your name; required when the invited e-mail has no account yet (ignored otherwise).
             * @example Maria Lopez
             */
            name?: string;
            /**
             * Format: password
             * @description A new password (256 characters at most, at least 10, not a common one), or the current password when the invited e-mail already has an account.
             */
            password: string;
        };
        SessionInfoResponse: {
            /** @description The public id of the session (not its cookie). */
            id: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lastSeenAt: string;
            ip: string | null;
            userAgent: string | null;
            /** @description The session this request was made with. */
            current: boolean;
        };
        SessionListResponse: {
            data: components["schemas"]["SessionInfoResponse"][];
        };
        PasswordResetDto: {
            /** @example maria@brand.example */
            email: string;
        };
        PasswordResetConfirmDto: {
            /** @description The `token` of the reset link. */
            token: string;
            /**
             * Format: password
             * @description At least 10 characters, at most 256, not a common password.
             */
            password: string;
        };
        CreateInviteDto: {
            /** @example maria@brand.example */
            email: string;
            /** @enum {string} */
            role: "brand_manager" | "partner";
            /** @description Required for (and only for) a partner invite: a partner of the brand. */
            partnerId?: string;
        };
        InviteResponse: {
            id: string;
            email: string;
            /** @enum {string} */
            role: "brand_manager" | "partner";
            partnerId: string | null;
            /** @enum {string} */
            status: "pending" | "accepted" | "revoked" | "expired";
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            expiresAt: string;
            /** Format: date-time */
            acceptedAt: string | null;
        };
        InvitePage: {
            data: components["schemas"]["InviteResponse"][];
            nextCursor: string | null;
        };
        MemberResponse: {
            userId: string;
            name: string;
            email: string;
            /** @enum {string} */
            role: "brand_manager" | "partner";
            partnerId: string | null;
            /** @description The partner a partner member acts as. */
            partnerName: string | null;
            /** Format: date-time */
            joinedAt: string;
        };
        MemberPage: {
            data: components["schemas"]["MemberResponse"][];
            nextCursor: string | null;
        };
        StatementPage: {
            data: components["schemas"]["StatementResponse"][];
            nextCursor: string | null;
        };
        CreatePostbackTemplateDto: {
            /** @enum {string} */
            event: "conversion.created" | "conversion.status_changed" | "commission.created" | "commission.approved" | "commission.reversed" | "statement.issued";
            /**
             * @description Fired with GET. Macros (URL-encoded; in the path and query only): {click_id} {sub1} {sub2} {sub3} {sub4} {sub5} {order_id} {amount} {commission} {currency} {status}.
             * @example https://tracker.example/postback?clickid={click_id}&payout={commission}&txid={order_id}
             */
            urlTemplate: string;
        };
        PostbackTemplateResponse: {
            id: string;
            /** @enum {string} */
            event: "conversion.created" | "conversion.status_changed" | "commission.created" | "commission.approved" | "commission.reversed" | "statement.issued";
            urlTemplate: string;
            /** @enum {string} */
            status: "active" | "disabled";
            disabledReason: string | null;
            createdAt: string;
        };
        PostbackTemplatePage: {
            data: components["schemas"]["PostbackTemplateResponse"][];
            nextCursor: string | null;
        };
        UpdatePostbackTemplateDto: {
            /** @enum {string} */
            event?: "conversion.created" | "conversion.status_changed" | "commission.created" | "commission.approved" | "commission.reversed" | "statement.issued";
            urlTemplate?: string;
            /** @description false pauses the template; true re-enables one that was disabled. */
            enabled?: boolean;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    BrandsController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                /** @description A part of the name or slug, any case. */
                search?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrandPage"];
                };
            };
        };
    };
    BrandsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBrandDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrandResponse"];
                };
            };
        };
    };
    BrandsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                brandId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrandResponse"];
                };
            };
        };
    };
    BrandsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                brandId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateBrandDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrandResponse"];
                };
            };
        };
    };
    PublicBrandsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                brandSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicBrandResponse"];
                };
            };
        };
    };
    PublicApplicationsController_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                brandSlug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitApplicationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmittedApplicationResponse"];
                };
            };
        };
    };
    ApplicationsController_list: {
        parameters: {
            query?: {
                status?: "pending" | "approved" | "rejected";
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationPage"];
                };
            };
        };
    };
    ApplicationsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationResponse"];
                };
            };
        };
    };
    ApplicationsController_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApproveApplicationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalResponse"];
                };
            };
        };
    };
    ApplicationsController_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectApplicationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RejectionResponse"];
                };
            };
        };
    };
    ApiKeysController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                brandId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyPage"];
                };
            };
        };
    };
    ApiKeysController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                brandId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyCreatedResponse"];
                };
            };
        };
    };
    ApiKeysController_rotateSigningSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SigningSecretResponse"];
                };
            };
        };
    };
    ApiKeysController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked (also when it already was). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PartnersController_list: {
        parameters: {
            query?: {
                type?: "creator" | "content" | "review" | "community" | "coupon" | "cashback" | "loyalty" | "referral" | "sub_network" | "tool";
                role?: "awareness" | "consideration" | "conversion" | "retention";
                status?: "active" | "suspended";
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerPage"];
                };
            };
        };
    };
    PartnersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePartnerDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerResponse"];
                };
            };
        };
    };
    PartnersController_figures: {
        parameters: {
            query?: {
                type?: "creator" | "content" | "review" | "community" | "coupon" | "cashback" | "loyalty" | "referral" | "sub_network" | "tool";
                role?: "awareness" | "consideration" | "conversion" | "retention";
                status?: "active" | "suspended";
                /** @description First local day (brand's time zone); default 29 days before `to`. */
                from?: string;
                /** @description Last local day, inclusive; default today. At most 366 days. */
                to?: string;
                /** @description A part of the name or e-mail address, any case. */
                search?: string;
                /** @description A column, `-` in front for the largest first. Equal values fall back to the partner id. */
                sort?: "name" | "-name" | "clicks" | "-clicks" | "conversions" | "-conversions" | "revenue" | "-revenue" | "commission" | "-commission" | "epc" | "-epc";
                /** @description The page, from 1. */
                page?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerFiguresPageResponse"];
                };
            };
        };
    };
    PartnersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerResponse"];
                };
            };
        };
    };
    PartnersController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePartnerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerResponse"];
                };
            };
        };
    };
    LinksController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkPage"];
                };
            };
        };
    };
    LinksController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateLinkDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkResponse"];
                };
            };
        };
    };
    ClicksController_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClickDto"] | components["schemas"]["ClickBatchDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClicksAcceptedResponse"];
                };
            };
        };
    };
    ClicksController_postback: {
        parameters: {
            query: {
                /** @description API key, when it cannot go in the Authorization header. */
                key?: string;
                /** @description Signature (see GET /postback/conversion); ts is then the time of signing. */
                sig?: string;
                partner_id: string;
                /** @description Customer key (first-party id or hashed identifier). */
                customer?: string;
                /** @description When the click happened: unix seconds or ISO 8601. */
                ts?: string;
                sub1?: string;
                sub2?: string;
                sub3?: string;
                sub4?: string;
                sub5?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                    };
                };
            };
        };
    };
    ClicksController_impressionsPost: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImpressionsDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImpressionsResponse"];
                };
            };
        };
    };
    ConversionsController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                status?: "pending" | "review" | "approved" | "rejected" | "reversed";
                flag?: "ctit_too_short" | "click_flood" | "self_referral" | "last_second_override" | "unknown_click" | "code_leak";
                /** @description Conversions this partner touched or was flagged on. */
                partnerId?: string;
                /** @description Where the purchase was completed. */
                channel?: "web" | "app" | "marketplace" | "ai_assistant" | "other";
                /** @description How it arrived: the JSON API or a GET postback. */
                source?: "api" | "postback";
                /** @description First day (the brand's time zone) it happened on. */
                from?: string;
                /** @description Last day (the brand's time zone), inclusive. */
                to?: string;
                /** @description A part of the transaction id (case-insensitive). */
                search?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversionPage"];
                };
            };
        };
    };
    ConversionsController_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversionDto"] | components["schemas"]["ConversionBatchDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversionCreatedResponse"];
                };
            };
            /** @description Batch: one result per item. */
            207: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchResponse"];
                };
            };
        };
    };
    ConversionsController_review: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewResponse"];
                };
            };
        };
    };
    ConversionsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                transactionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversionResponse"];
                };
            };
        };
    };
    ConversionsController_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                transactionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversionResponse"];
                };
            };
        };
    };
    ConversionsController_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                transactionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversionResponse"];
                };
            };
        };
    };
    ConversionsController_reverse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                transactionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReversalDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReversalResponse"];
                };
            };
        };
    };
    PostbacksController_conversion: {
        parameters: {
            query: {
                /** @description API key, when it cannot go in the Authorization header. */
                key?: string;
                /** @description Signature: hex HMAC-SHA256, under the key's signing secret, of the other parameters as sent, sorted, joined with "&"; ts is then the unix time of signing (at most 5 min off). */
                sig?: string;
                /** @description The brand's order id (alias: txid); one of the two is required. */
                order_id?: string;
                /** @description Alias of order_id. */
                txid?: string;
                amount: string;
                currency: string;
                /** @description Partnermix click id (aliases: transaction_id, tid). */
                click_id?: string;
                /** @description Alias of click_id (TUNE). */
                transaction_id?: string;
                /** @description Alias of click_id (Everflow). */
                tid?: string;
                customer?: string;
                new_customer?: "0" | "1";
                /** @description Unix seconds or ISO 8601. */
                ts?: string;
                status?: "pending" | "approved" | "rejected";
                /** @description Promo code used at checkout (case-insensitive). */
                coupon?: string;
                channel?: "web" | "app" | "marketplace" | "ai_assistant" | "other";
                /** @description The agent that completed the checkout. */
                agent?: string;
                adv1?: string;
                adv2?: string;
                adv3?: string;
                adv4?: string;
                adv5?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversionCreatedResponse"];
                };
            };
        };
    };
    PostbacksController_reversal: {
        parameters: {
            query?: {
                key?: string;
                /** @description Signature: hex HMAC-SHA256, under the key's signing secret, of the other parameters as sent, sorted, joined with "&"; ts is then the unix time of signing (at most 5 min off). */
                sig?: string;
                /** @description The brand's order id (alias: txid); one of the two is required. */
                order_id?: string;
                /** @description Alias of order_id. */
                txid?: string;
                /** @description Defaults to everything that remains. */
                amount?: string;
                reason?: string;
                /** @description Your id for this reversal; replays are then harmless. */
                reversal_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReversalResponse"];
                };
            };
        };
    };
    CommissionPlansController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description In the order the versions were added. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommissionPlanPage"];
                };
            };
        };
    };
    CommissionPlansController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommissionPlanBody"];
            };
        };
        responses: {
            /** @description The stored version, money as decimal strings. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommissionPlanResponse"];
                };
            };
        };
    };
    CommissionPlansController_preview: {
        parameters: {
            query?: {
                /** @description A month (2026-10) or quarter (2026-Q3) of the brand's time zone. */
                period?: string;
                /** @description The last closed month or quarter (instead of period). */
                last?: "month" | "quarter";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommissionPlanBody"];
            };
        };
        responses: {
            /** @description Per partner and in total: draft beside ledger. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanPreviewResponse"];
                };
            };
        };
    };
    CommissionPlansController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommissionPlanResponse"];
                };
            };
        };
    };
    CommissionsController_forPartner: {
        parameters: {
            query?: {
                status?: "pending" | "approved" | "rejected";
                /** @description From this time (ISO 8601 with offset, or a date: UTC midnight), by when the conversion happened. */
                from?: string;
                /** @description Before this time (ISO 8601 with offset, or a date). */
                to?: string;
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Capped, clawed-back and rejected entries say why. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerEntryPage"];
                };
            };
        };
    };
    CommissionsController_summaryForPartner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Totals by status, and how much of the approved part is on statements. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    StatementsController_run: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RunStatementsDto"];
            };
        };
        responses: {
            /** @description `{ jobId, period }`: follow the run at GET /v1/statements/runs/{period}; the statements appear under GET /v1/statements. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    StatementsController_runState: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The month of the run. */
                period: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Where the brand's run of the month stands. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementRunResponse"];
                };
            };
        };
    };
    StatementsController_list: {
        parameters: {
            query?: {
                partnerId?: string;
                /** @description Required with `format=csv`. */
                period?: string;
                /** @description Only statements of this status. */
                status?: "issued" | "paid";
                /** @description csv (with `period`): the finance list, every partner with an amount due, one row each. */
                format?: "json" | "csv";
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The statements, or with `format=csv&period=` the finance CSV. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListedStatementPage"];
                    "text/csv": string;
                };
            };
        };
    };
    StatementsController_get: {
        parameters: {
            query?: {
                format?: "json" | "csv" | "pdf";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The statement with its lines (json), its lines (csv), or the document (pdf). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementDocumentResponse"];
                    "text/csv": string;
                    "application/pdf": string;
                };
            };
        };
    };
    StatementsController_paidMany: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MarkManyPaidDto"];
            };
        };
        responses: {
            /** @description The statements, now paid. One of another brand is 404; one already paid or with nothing due is 409; then none is marked. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementsPaidResponse"];
                };
            };
        };
    };
    StatementsController_paid: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MarkPaidDto"];
            };
        };
        responses: {
            /** @description The statement, now paid. A second call is 409. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementResponse"];
                };
            };
        };
    };
    ActivityController_forPartner: {
        parameters: {
            query?: {
                /** @description First local day (brand's time zone); default 29 days before `to`. */
                from?: string;
                /** @description Last local day, inclusive; default today. At most 92 days. */
                to?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The same for any partner of the brand. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityResponse"];
                };
            };
        };
    };
    QualityController_rules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rules in force, defaults included. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QualityRulesResponse"];
                };
            };
        };
    };
    QualityController_setRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QualityRulesDto"];
            };
        };
        responses: {
            /** @description The rules in force after the change; settings left out take their default. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QualityRulesResponse"];
                };
            };
        };
    };
    QualityController_flagsForPartner: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A partner's quality hits, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerQualityFlagPage"];
                };
            };
        };
    };
    QualityController_registerCustomerKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomerKeyDto"];
            };
        };
        responses: {
            /** @description `{ registered }`: how many keys the partner has registered. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    HealthController_health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PostgreSQL and Redis answer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A dependency does not answer. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    WebhooksController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookPage"];
                };
            };
        };
    };
    WebhooksController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecretResponse"];
                };
            };
        };
    };
    WebhooksController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookResponse"];
                };
            };
        };
    };
    WebhooksController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed, with its delivery log. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    WebhooksController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookResponse"];
                };
            };
        };
    };
    WebhooksController_rotate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecretResponse"];
                };
            };
        };
    };
    WebhooksController_deliveries: {
        parameters: {
            query?: {
                /** @description `dead`: the dead-letter view. */
                status?: "pending" | "delivered" | "dead";
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryPage"];
                };
            };
        };
    };
    WebhooksController_delivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryResponse"];
                };
            };
        };
    };
    WebhooksController_retry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryResponse"];
                };
            };
        };
    };
    WebhooksController_test: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryResponse"];
                };
            };
        };
    };
    PromoCodesController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromoCodePage"];
                };
            };
        };
    };
    PromoCodesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePromoCodeDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromoCodeResponse"];
                };
            };
        };
    };
    BrandPromoCodesController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrandPromoCodePage"];
                };
            };
        };
    };
    PartnerMixController_getTarget: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MixTargetResponse"];
                };
            };
        };
    };
    PartnerMixController_setTarget: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MixTargetDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MixTargetResponse"];
                };
            };
        };
    };
    PartnerMixController_listSpend: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Spend in the order entered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpendPage"];
                };
            };
        };
    };
    PartnerMixController_addSpend: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SpendDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpendResponse"];
                };
            };
        };
    };
    PartnerMixController_listReports: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                quarter?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reports without their figures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerMixReportPage"];
                };
            };
        };
    };
    PartnerMixController_requestReport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportRequestDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerMixReportRequested"];
                };
            };
        };
    };
    PartnerMixController_getReport: {
        parameters: {
            query?: {
                format?: "json" | "csv";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report, or its status until it is done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerMixReportResponse"];
                    "text/csv": string;
                };
            };
        };
    };
    OverviewController_get: {
        parameters: {
            query?: {
                /** @description A named period in the brand's time zone: this month or quarter so far, or the last whole one. */
                period?: "this_month" | "last_month" | "this_quarter" | "last_quarter";
                /** @description First local day (with `to`, instead of `period`). */
                from?: string;
                /** @description Last local day, included: on or after `from`, at most 400 days after. */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OverviewResponse"];
                };
            };
        };
    };
    OverviewController_todo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OverviewTodoResponse"];
                };
            };
        };
    };
    CustomersController_erase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The customer key, URL-encoded. */
                customerKey: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErasureResponse"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            /** @description Signed in; Set-Cookie carries the new session. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResponse"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session is ended and its cookie cleared. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_session: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResponse"];
                };
            };
        };
    };
    AuthController_activeBrand: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActiveBrandDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResponse"];
                };
            };
        };
    };
    AuthController_previewInvite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitePreviewResponse"];
                };
            };
        };
    };
    AuthController_acceptInvite: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptInviteDto"];
            };
        };
        responses: {
            /** @description Signed in; Set-Cookie carries the new session. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResponse"];
                };
            };
        };
    };
    SessionsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionListResponse"];
                };
            };
        };
    };
    SessionsController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session is ended. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PasswordResetController_request: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetDto"];
            };
        };
        responses: {
            /** @description A reset link is mailed when the e-mail has an account. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PasswordResetController_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetConfirmDto"];
            };
        };
        responses: {
            /** @description The password is changed; sign in with it. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    InvitesController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                brandId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitePage"];
                };
            };
        };
    };
    InvitesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                brandId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInviteDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InviteCreatedResponse"];
                };
            };
        };
    };
    InvitesController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Withdrawn (also when it already was, or was accepted). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MembersController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                brandId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberPage"];
                };
            };
        };
    };
    MembersController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                brandId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed from the brand (the person keeps their other memberships). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `last_manager`: the brand’s only manager cannot be removed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MePartnersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerResponse"];
                };
            };
        };
    };
    MeLinksController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkPage"];
                };
            };
        };
    };
    MeLinksController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateLinkDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkResponse"];
                };
            };
        };
    };
    MeActivityController_daily: {
        parameters: {
            query?: {
                /** @description First local day (brand's time zone); default 29 days before `to`. */
                from?: string;
                /** @description Last local day, inclusive; default today. At most 92 days. */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityResponse"];
                };
            };
        };
    };
    MeCommissionsController_list: {
        parameters: {
            query?: {
                status?: "pending" | "approved" | "rejected";
                /** @description From this time (ISO 8601 with offset, or a date: UTC midnight), by when the conversion happened. */
                from?: string;
                /** @description Before this time (ISO 8601 with offset, or a date). */
                to?: string;
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The calling partner's own entries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MeCommissionsController_summary: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The calling partner's totals by status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MeStatementsController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The calling partner's own statements. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementPage"];
                };
            };
        };
    };
    MeStatementsController_get: {
        parameters: {
            query?: {
                format?: "json" | "csv" | "pdf";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One of the calling partner's statements; another partner's is 404. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementDocumentResponse"];
                    "text/csv": string;
                    "application/pdf": string;
                };
            };
        };
    };
    MePromoCodesController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromoCodePage"];
                };
            };
        };
    };
    MeWebhooksController_listWebhooks: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookPage"];
                };
            };
        };
    };
    MeWebhooksController_createWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecretResponse"];
                };
            };
        };
    };
    MeWebhooksController_listPostbacks: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostbackTemplatePage"];
                };
            };
        };
    };
    MeWebhooksController_createPostback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePostbackTemplateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostbackTemplateResponse"];
                };
            };
        };
    };
    MeWebhooksController_removePostback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed, with its delivery log. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MeWebhooksController_updatePostback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePostbackTemplateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostbackTemplateResponse"];
                };
            };
        };
    };
}
