// Generated from docs/openapi.yaml by openapi-typescript (tests/openapi-client/generate.mjs).
// Do not edit: run `pnpm --filter openapi-client-check run generate`.
export interface paths {
    "/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account, its raw catalog, subscription, scheduled change, balance and viewer. */
        get: operations["loadAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/previews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Prices a selection against the subscription now and remembers it until expiresAt. */
        post: operations["previewChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/commits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Applies a stored preview. Primary admin only. Idempotent per key.
         * @description The server re-prices at the preview's instant. If any amount or any change differs (a tab
         *     opened before another change was committed) it answers 409 price-changed with a fresh preview. A preview whose mode is none, request or blocked
         *     cannot be committed: 400 with code preview-not-committable. The same key with the same body replays the first
         *     answer; the same key with another body is 422. A preview already committed under another
         *     key is 409 preview-already-used. A 500 after the charge is safe to retry with the same key:
         *     the retry finishes that same commit and charges nothing more. So is a 503
         *     provider-unavailable: the payment provider could not be used, so the change is not confirmed; retrying is safe.
         */
        post: operations["commitChange"];
        /**
         * Gives up a commit whose payment waits for authentication. Primary admin only.
         * @description For a commit answered 402 payment-requires-action with `nextAction`, after the customer
         *     left or failed the bank's step. The server has the provider abandon the payment (Stripe:
         *     the pending update's invoice is voided), then drops the commit: nothing charged, nothing
         *     applied, and the same preview can be committed again (the same key starts a new payment).
         *     If the payment went through before the give-up arrived, the commit is finished instead and
         *     its result answered. A newer commit of the account, and the sweep after
         *     `authenticationWindowMs` (default one hour), abandon a waiting commit the same way.
         */
        delete: operations["abandonCommit"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scheduled-change": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Drops the change waiting for the renewal. Primary admin only. Idempotent. */
        delete: operations["cancelScheduledChange"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/change-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A change that needs sales (downgrades, removals, more contacts than any band). */
        post: operations["requestChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Error: {
            error: {
                /** @enum {string} */
                code: "invalid-request" | "bad-request" | "preview-not-committable" | "payment-declined" | "payment-requires-action" | "preview-already-used" | "payload-too-large" | "unsupported-media-type" | "unauthenticated" | "forbidden" | "not-found" | "method-not-allowed" | "preview-expired" | "price-changed" | "idempotency-key-reused" | "rate-limited" | "request-timeout" | "expectation-failed" | "headers-too-large" | "commit-in-progress" | "provider-unavailable" | "internal";
                message: string;
                fields?: {
                    path: string;
                    message: string;
                }[];
            };
        };
        Money: {
            /** @description Minor units (cents for EUR). */
            amount: number;
            currency: string;
        };
        Selection: {
            product: string;
            plan: string;
            /** @enum {string} */
            interval: "month" | "year";
            /** @description One of the catalog's contactBands. */
            contactLimit: number;
            seats: number;
            addOns: string[];
        };
        Subscription: {
            selection: components["schemas"]["Selection"];
            /** Format: date-time */
            periodStart: string;
            /** Format: date-time */
            periodEnd: string;
            contactsInUse: number;
            seatsInUse: number;
        };
        Scheduled: {
            selection: components["schemas"]["Selection"];
            /** Format: date-time */
            effectiveAt: string;
        } | null;
        AccountSnapshot: {
            accountId: string;
            /** @description @tarif/core's Catalog; a client still validates it with validateCatalog (the rules between fields, such as prices per band, are core's). */
            catalog: components["schemas"]["Catalog"];
            subscription: components["schemas"]["Subscription"];
            scheduled: components["schemas"]["Scheduled"];
            balance: components["schemas"]["Money"];
            viewer: {
                userId: string;
                name: string;
                canManageBilling: boolean;
                /** @enum {string} */
                reason?: "not-primary-admin";
            };
            primaryAdmin: {
                name: string;
                email: string;
            };
            billingDetails?: components["schemas"]["BillingDetails"];
            /** @description How the server taxes this account, so a client estimate can show tax before the preview. Absent when the server computes no tax. */
            taxDecision?: components["schemas"]["TaxDecision"];
            /**
             * @description What a purchase is charged to, as the payment provider has it on file; null when
             *     nothing is. Absent when the payments port does not say, or could not be asked just now
             *     (the page then shows nothing about it).
             */
            paymentMethod?: components["schemas"]["PaymentMethod"] | null;
        };
        PaymentMethod: {
            /** @constant */
            type: "card";
            brand: string;
            last4: string;
            expMonth: number;
            expYear: number;
        } | {
            /** @constant */
            type: "sepa_debit";
            last4: string;
        };
        /** @description An amount in minor units for each interval a price is offered in. */
        IntervalPrices: {
            month?: number;
            year?: number;
        };
        /** @enum {string} */
        ChangeKind: "contactsUp" | "contactsDown" | "seatsUp" | "seatsDown" | "planUp" | "planDown" | "addOnAdd" | "addOnRemove" | "bundle" | "unbundle" | "productChange" | "intervalUp" | "intervalDown";
        /**
         * @description Prorated today, at the next renewal, or through a change request.
         * @enum {string}
         */
        ChangeEffect: "now" | "renewal" | "request";
        Feature: {
            id: string;
            name: string;
        };
        SeatRule: {
            /** @description Seats the plan price already includes. */
            included: number;
            min: number;
            max: number;
            /** @description Price of each seat beyond `included`. */
            price: components["schemas"]["IntervalPrices"];
        };
        Plan: {
            id: string;
            name: string;
            /** @description A contact-sales tier has no self-serve price. */
            contactSales?: boolean;
            /** @description The plan's price at each contact band, in the order of `Catalog.contactBands`. */
            prices?: {
                month?: number[];
                year?: number[];
            };
            seats: components["schemas"]["SeatRule"];
            /** @description Feature ids. */
            features: string[];
        };
        Product: {
            id: string;
            name: string;
            /** @description For a bundle, the products it joins. */
            bundleOf?: string[];
            /** @description Tiers in ascending order. */
            plans: components["schemas"]["Plan"][];
        };
        AddOn: {
            id: string;
            name: string;
            description: string;
            price: components["schemas"]["IntervalPrices"];
            /** @description Plan ids that may have it. */
            plans: string[];
            /** @description Plan ids where it is free. */
            includedIn?: string[];
        };
        /** @description Catalog text in one locale, by id; a string left out keeps the catalog's own. */
        CatalogTranslation: {
            products?: {
                [key: string]: string;
            };
            plans?: {
                [key: string]: string;
            };
            features?: {
                [key: string]: string;
            };
            addOns?: {
                [key: string]: {
                    name?: string;
                    description?: string;
                };
            };
        };
        /** @description A price list. Amounts are integers in minor units of `currency`. */
        Catalog: {
            /** @description Changes whenever any price changes. */
            version: string;
            currency: string;
            /** @enum {string} */
            taxMode: "exclusive" | "inclusive";
            intervals: ("month" | "year")[];
            /** @description Contact limits of the bands, strictly increasing; beyond the last, contact sales. */
            contactBands: number[];
            products: components["schemas"]["Product"][];
            addOns: components["schemas"]["AddOn"][];
            features: components["schemas"]["Feature"][];
            /** @description Overrides of the default change policy, by kind of change. */
            policy?: {
                contactsUp?: components["schemas"]["ChangeEffect"];
                contactsDown?: components["schemas"]["ChangeEffect"];
                seatsUp?: components["schemas"]["ChangeEffect"];
                seatsDown?: components["schemas"]["ChangeEffect"];
                planUp?: components["schemas"]["ChangeEffect"];
                planDown?: components["schemas"]["ChangeEffect"];
                addOnAdd?: components["schemas"]["ChangeEffect"];
                addOnRemove?: components["schemas"]["ChangeEffect"];
                bundle?: components["schemas"]["ChangeEffect"];
                unbundle?: components["schemas"]["ChangeEffect"];
                productChange?: components["schemas"]["ChangeEffect"];
                intervalUp?: components["schemas"]["ChangeEffect"];
                intervalDown?: components["schemas"]["ChangeEffect"];
            };
            /** @description Default 90. */
            nearLimitPercent?: number;
            /** @description By canonical BCP 47 tag (fr, fr-CA). */
            translations?: {
                [key: string]: components["schemas"]["CatalogTranslation"];
            };
        };
        LineItem: {
            /** @enum {string} */
            code: "plan" | "seats" | "addOn";
            /** @description Values for the localized label, e.g. product, plan, contacts. */
            params: {
                [key: string]: string | number;
            };
            quantity: number;
            unitAmount: components["schemas"]["Money"];
            /** @description unitAmount × quantity. */
            amount: components["schemas"]["Money"];
        };
        /** @description The recurring price of a selection for one interval. */
        Quote: {
            /** @enum {string} */
            interval: "month" | "year";
            /** @enum {string} */
            taxMode: "exclusive" | "inclusive";
            lines: components["schemas"]["LineItem"][];
            subtotal: components["schemas"]["Money"];
            total: components["schemas"]["Money"];
        };
        /** @description One part of a change, with the policy's decision for it. */
        DimensionChange: {
            /** @enum {string} */
            dimension: "product" | "plan" | "interval" | "contacts" | "seats" | "addOn";
            /** @enum {string} */
            direction: "up" | "down" | "unchanged";
            kind?: components["schemas"]["ChangeKind"];
            effect?: components["schemas"]["ChangeEffect"];
            /** @description The add-on concerned, for dimension 'addOn'. */
            addOn?: string;
            from: string | number;
            to: string | number;
        };
        BlockingReason: {
            /** @enum {string} */
            code: "unknown-product" | "unknown-plan" | "unknown-contact-band" | "unknown-add-on" | "interval-not-offered" | "contact-sales" | "contacts-below-usage" | "seats-below-usage" | "seats-below-min" | "seats-above-max" | "add-on-not-allowed";
            params: {
                [key: string]: string | number;
            };
        };
        /** @description The change's total credit or charge over a span of time. */
        ProrationLine: {
            /** @enum {string} */
            code: "credit" | "charge";
            /** Format: date-time */
            from: string;
            /** Format: date-time */
            to: string;
            /** @description Negative for a credit. */
            amount: components["schemas"]["Money"];
        };
        /** @description One quote line the change prorates (one credit and/or one charge per line that changes). */
        ProratedLine: {
            /** @enum {string} */
            code: "credit" | "charge";
            line: components["schemas"]["LineItem"];
            /** Format: date-time */
            from: string;
            /** Format: date-time */
            to: string;
            /** @description Negative for a credit; line.amount × remaining / period, rounded half away from zero. */
            amount: components["schemas"]["Money"];
        };
        /** @description @tarif/core ChangePreview: the change priced by the server with @tarif/core. Amounts in the catalog's tax mode (ServerPreview.tax has the tax). */
        ChangePreview: {
            /** @enum {string} */
            mode: "none" | "purchase" | "scheduled" | "request" | "blocked";
            /** @description Every dimension that changes. */
            changes: components["schemas"]["DimensionChange"][];
            /** @description The dimensions that need a change request. */
            requestFor: components["schemas"]["DimensionChange"][];
            blocking: components["schemas"]["BlockingReason"][];
            /** @description Feature ids of the current plan that the target plan lacks. */
            featuresLost: string[];
            current: components["schemas"]["Quote"];
            /** @description The recurring quote from the next renewal. */
            target: components["schemas"]["Quote"] | null;
            effectiveNow: components["schemas"]["Selection"];
            proration: components["schemas"]["ProrationLine"][];
            proratedLines: components["schemas"]["ProratedLine"][];
            credit: components["schemas"]["Money"];
            charge: components["schemas"]["Money"];
            /** @description max(0, charge − credit). */
            dueToday: components["schemas"]["Money"];
            /** @description max(0, credit − charge). */
            balanceCredit: components["schemas"]["Money"];
            nextRenewal: {
                /** Format: date-time */
                date: string;
                total: components["schemas"]["Money"];
            };
            remainingSeconds: number;
            periodSeconds: number;
        };
        /** @description Who the account is for tax. Null or absent when the backend does not know. */
        BillingDetails: {
            /** @description ISO 3166-1 alpha-2. */
            country: string;
            /** @description With its member-state prefix (FR40303265045; EL for Greece). */
            vatNumber?: string;
            taxExempt?: boolean;
        } | null;
        TaxDecision: {
            /**
             * @description Stripe's taxability_reason standard_rated, reverse_charge, customer_exempt, not_collecting.
             * @enum {string}
             */
            treatment: "standard" | "reverse-charge" | "exempt" | "not-collected";
            country: string | null;
            /** @description Basis points: 2000 is 20 %. */
            rate: number;
        };
        TaxAmount: {
            /** @enum {string} */
            treatment: "standard" | "reverse-charge" | "exempt";
            country: string;
            /** @description Basis points: 2000 is 20 %; 0 for reverse charge and exemption. */
            rate: number;
            taxable: components["schemas"]["Money"];
            amount: components["schemas"]["Money"];
        };
        /** @description An amount before and after tax; net plus every tax amount equals gross, exactly. */
        TaxedAmount: {
            net: components["schemas"]["Money"];
            taxes: components["schemas"]["TaxAmount"][];
            gross: components["schemas"]["Money"];
        };
        TaxedLines: components["schemas"]["TaxedAmount"] & {
            lines: components["schemas"]["TaxedAmount"][];
        };
        /** @description Tax computed by the server. Per line, rounded half away from zero to the minor unit; totals are sums of lines. today follows preview.proratedLines one for one; renewal follows the lines of the quote the account renews on. An inclusive catalog's prices are gross (tax extracted), an exclusive one's net (tax added). */
        PreviewTax: {
            /** @enum {string} */
            taxMode: "exclusive" | "inclusive";
            decision: components["schemas"]["TaxDecision"];
            today: components["schemas"]["TaxedLines"];
            /** @description max(0, today.gross): debited today. */
            dueToday: components["schemas"]["Money"];
            /** @description max(0, −today.gross): carried to the balance. */
            balanceCredit: components["schemas"]["Money"];
            renewal: components["schemas"]["TaxedLines"];
        };
        ServerPreview: {
            id: string;
            /** Format: date-time */
            expiresAt: string;
            catalogVersion: string;
            preview: components["schemas"]["ChangePreview"];
            tax?: components["schemas"]["PreviewTax"];
        };
        /**
         * @description What the customer's browser must do to finish a payment (3-D Secure inside the review):
         *     give `clientSecret` to the payment provider's browser SDK (Stripe.js `handleNextAction`).
         *     For this one payment; never stored or logged by the server.
         */
        NextAction: {
            /** @enum {string} */
            type: "authenticate";
            clientSecret: string;
        };
        CommitResult: {
            id: string;
            /** @constant */
            status: "succeeded";
            /** @enum {string} */
            mode: "purchase" | "scheduled";
            /** @description The amount debited, tax included. */
            charged: components["schemas"]["Money"];
            tax?: components["schemas"]["TaxedAmount"];
            subscription: components["schemas"]["Subscription"];
            scheduled: components["schemas"]["Scheduled"];
            balance: components["schemas"]["Money"];
        };
    };
    responses: {
        /** @description invalid-request (with fields) */
        InvalidRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description unauthenticated */
        Unauthenticated: {
            headers: {
                /** @description Always `Bearer realm="tarif"`. */
                "WWW-Authenticate"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description forbidden (viewer is not the primary admin) */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description not-found */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description preview-expired */
        PreviewExpired: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description idempotency-key-reused (same key, different body) */
        IdempotencyKeyReused: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description payload-too-large */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description unsupported-media-type: the body must be sent as application/json or application/*+json. */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description rate-limited: the account has used up its previews or change requests for now. */
        RateLimited: {
            headers: {
                /** @description Whole seconds until the next request can succeed. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description internal */
        Internal: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description commit-in-progress: a change to this account is being charged; cancel again after
         *     `Retry-After` seconds.
         *     provider-unavailable: the payment provider (told first, e.g. to release a Stripe schedule)
         *     is rate limiting, down or did not answer in time. The change stays scheduled on our side and
         *     is not confirmed; cancelling again is safe and finishes it.
         */
        CancelUnavailable: {
            headers: {
                /** @description Whole seconds to wait before retrying; always sent with commit-in-progress. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description commit-in-progress: another change to this account is being charged. Retry (a commit with
         *     the same Idempotency-Key) after `Retry-After` seconds.
         *     provider-unavailable: the payment provider is rate limiting, down or did not answer in
         *     time. The change is not confirmed and the commit stays pending: the same Idempotency-Key,
         *     retried later, finishes it and charges at most once (the provider may have charged before
         *     its answer was lost; the retry then records that charge instead of making another).
         *     `Retry-After` is present when the provider said how long to wait.
         */
        CommitUnavailable: {
            headers: {
                /** @description Whole seconds to wait before retrying; always sent with commit-in-progress. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    loadAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Snapshot. The client validates `catalog` with @tarif/core's validateCatalog. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountSnapshot"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["Internal"];
        };
    };
    previewChange: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    selection: components["schemas"]["Selection"];
                };
            };
        };
        responses: {
            /** @description A stored preview. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerPreview"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            401: components["responses"]["Unauthenticated"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
        };
    };
    commitChange: {
        parameters: {
            query?: never;
            header: {
                "Idempotency-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    previewId: string;
                };
            };
        };
        responses: {
            /** @description Committed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommitResult"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            401: components["responses"]["Unauthenticated"];
            /**
             * @description payment-declined: the payment provider refused; nothing was charged or recorded.
             *     payment-requires-action: the customer's bank asks for authentication (3-D Secure);
             *     nothing is charged or applied yet. With `nextAction`, the commit stays open: hand
             *     `nextAction.clientSecret` to the provider's browser SDK (Stripe.js `handleNextAction`),
             *     then send this same request again (same Idempotency-Key and body): the server asks the
             *     provider whether the payment went through and answers 200 once, or this 402 again while
             *     it still waits. If the customer gives up, `DELETE /commits` with the same key. The
             *     secret is for this one payment, only in this answer to the primary admin, and never
             *     stored by the server. Without `nextAction` the provider cannot finish it in the
             *     browser: nothing is open, and the customer must use another payment method.
             */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        nextAction?: components["schemas"]["NextAction"];
                    };
                };
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /**
             * @description price-changed: show `preview` (always present with this code) and ask the user to
             *     confirm again. preview-already-used: this preview was committed under another key;
             *     ask for a new preview.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        preview?: components["schemas"]["ServerPreview"];
                    };
                };
            };
            410: components["responses"]["PreviewExpired"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            500: components["responses"]["Internal"];
            503: components["responses"]["CommitUnavailable"];
        };
    };
    abandonCommit: {
        parameters: {
            query?: never;
            header: {
                /** @description The key of the commit to give up. */
                "Idempotency-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Dropped (`status` abandoned), or paid meanwhile (the commit's result). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommitResult"] | {
                        /** @enum {string} */
                        status: "abandoned";
                    };
                };
            };
            400: components["responses"]["InvalidRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["Internal"];
            503: components["responses"]["CommitUnavailable"];
        };
    };
    cancelScheduledChange: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscription, with nothing scheduled any more. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        subscription: components["schemas"]["Subscription"];
                        scheduled: null;
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["Internal"];
            503: components["responses"]["CancelUnavailable"];
        };
    };
    requestChange: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    subject: string;
                    message: string;
                    /**
                     * Format: email
                     * @description A plain addr-spec: one @, a dot-atom local part of at most 64 characters, a domain of two or more LDH labels; no double quotes, spaces, angle brackets or address literals (400 on contactEmail otherwise).
                     */
                    contactEmail: string;
                    selection?: components["schemas"]["Selection"];
                };
            };
        };
        responses: {
            /** @description Received. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** Format: date-time */
                        receivedAt: string;
                    };
                };
            };
            400: components["responses"]["InvalidRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["Internal"];
        };
    };
}
