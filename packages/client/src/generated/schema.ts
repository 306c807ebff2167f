// generated — do not edit. Run `npm run openapi` at the repository root to regenerate.
export interface paths {
    "/v1/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List products
         * @description Oldest first, cursor-paginated.
         */
        get: operations["listProducts"];
        put?: never;
        /**
         * Create a product
         * @description Validates the definition with every cross-field rule and stores it as version 1.
         */
        post: operations["createProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products/{productId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a product */
        get: operations["getProduct"];
        /**
         * Replace a product's definition
         * @description Adds a new immutable version (n+1); earlier versions stay readable and loans keep theirs.
         */
        put: operations["updateProduct"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products/{productId}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive a product
         * @description It stays readable but cannot change or be used for new loans.
         */
        post: operations["archiveProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products/{productId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a product's versions */
        get: operations["listProductVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products/{productId}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one version of a product */
        get: operations["getProductVersion"];
        put?: never;
        post?: never;
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
        FieldError: {
            /** @description Stable snake_case reason, e.g. too_small, invalid_type */
            code: string;
            /** @description Human-readable explanation */
            detail: string;
            /**
             * @description Which part of the request
             * @enum {string}
             */
            location: "body" | "query" | "path" | "header";
            /** @description RFC 6901 JSON pointer to the bad value, e.g. /rateLimits/maxPercent */
            pointer: string;
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        Problem: {
            /** @description Stable snake_case error code; switch on this, not on the text */
            code: string;
            detail: string;
            /** @description One entry per bad field */
            errors?: components["schemas"]["FieldError"][];
            /** @description The request path */
            instance?: string;
            /** @description Echoes X-Request-Id; quote it when reporting a problem */
            requestId: string;
            status: number;
            title: string;
            /** @description URI identifying the problem type: urn:lendstack:problem:<code> */
            type: string;
        };
        Product: {
            /**
             * @description UTC ISO 8601 instant
             * @example 2025-01-01T00:00:00.000Z
             */
            createdAt: string;
            definition: components["schemas"]["ProductDefinition"];
            /** @example prd_01JGFJJZ0000000000000000AB */
            id: string;
            name: string;
            /** @enum {string} */
            status: "active" | "archived";
            /**
             * @description UTC ISO 8601 instant
             * @example 2025-01-01T00:00:00.000Z
             */
            updatedAt: string;
            /** @description The current (latest) version number, from 1 */
            version: number;
        };
        /** @description A loan product definition */
        ProductDefinition: {
            /**
             * @description How principal is repaid
             * @default equal-installments
             * @enum {string}
             */
            amortization?: "equal-installments" | "equal-principal" | "interest-only";
            /** @description Principal limits in minor units */
            amountLimits: {
                /** @description Largest principal, integer minor units (cents for USD) */
                maxMinor: number;
                /** @description Smallest principal, integer minor units (cents for USD) */
                minMinor: number;
            };
            /**
             * @description How a due date on a non-business day moves
             * @default none
             * @enum {string}
             */
            businessDayAdjustment?: "none" | "following" | "modified-following" | "preceding";
            /** @description Currencies; every amount in the product is in the minor unit of these currencies */
            currencies: {
                /** @description ISO 4217 codes a loan of this product may be made in */
                allowed: string[];
                /** @description ISO 4217 code used when a request names none; must be in `allowed` */
                default: string;
            };
            /**
             * @description Day-count convention for daily and odd-period interest
             * @default actual/365-fixed
             * @enum {string}
             */
            dayCount?: "actual/actual-isda" | "actual/365-fixed" | "actual/360" | "30/360-us" | "30e/360";
            /**
             * @description Delinquency classification by days past due
             * @default {
             *       "buckets": [
             *         {
             *           "name": "current",
             *           "minDaysPastDue": 0,
             *           "maxDaysPastDue": 0
             *         },
             *         {
             *           "name": "1-30",
             *           "minDaysPastDue": 1,
             *           "maxDaysPastDue": 30
             *         },
             *         {
             *           "name": "31-60",
             *           "minDaysPastDue": 31,
             *           "maxDaysPastDue": 60
             *         },
             *         {
             *           "name": "61-90",
             *           "minDaysPastDue": 61,
             *           "maxDaysPastDue": 90
             *         },
             *         {
             *           "name": "90+",
             *           "minDaysPastDue": 91
             *         }
             *       ],
             *       "nonPerformingAfterDays": 90
             *     }
             */
            delinquency?: {
                /**
                 * @description Days-past-due buckets, ordered, contiguous from 0, the last one open
                 * @default [
                 *       {
                 *         "name": "current",
                 *         "minDaysPastDue": 0,
                 *         "maxDaysPastDue": 0
                 *       },
                 *       {
                 *         "name": "1-30",
                 *         "minDaysPastDue": 1,
                 *         "maxDaysPastDue": 30
                 *       },
                 *       {
                 *         "name": "31-60",
                 *         "minDaysPastDue": 31,
                 *         "maxDaysPastDue": 60
                 *       },
                 *       {
                 *         "name": "61-90",
                 *         "minDaysPastDue": 61,
                 *         "maxDaysPastDue": 90
                 *       },
                 *       {
                 *         "name": "90+",
                 *         "minDaysPastDue": 91
                 *       }
                 *     ]
                 */
                buckets?: {
                    /** @description Last day past due in this bucket, days; omit on the last, open bucket */
                    maxDaysPastDue?: number;
                    /** @description First day past due in this bucket, days */
                    minDaysPastDue: number;
                    /** @description Bucket label, e.g. 1-30 */
                    name: string;
                }[];
                /**
                 * @description A loan is non-performing once more than this many days past due (Basel: 90)
                 * @default 90
                 */
                nonPerformingAfterDays?: number;
            };
            /**
             * @description Free text for operators
             * @default
             */
            description?: string;
            /**
             * @description Fees; omit a fee the product does not charge
             * @default {}
             */
            fees?: {
                /** @description Charged once per installment that stays unpaid past the late-fee grace days */
                late?: {
                    /** @description Fee amount, integer minor units */
                    amountMinor: number;
                    /**
                     * @description A fixed amount
                     * @enum {string}
                     */
                    type: "flat";
                } | {
                    /**
                     * @description What the percent is taken of
                     * @enum {string}
                     */
                    base: "principal" | "installment" | "overdue-amount" | "outstanding-principal" | "prepaid-amount";
                    /** @description Upper cap on the fee, integer minor units */
                    maxMinor?: number;
                    /** @description Lower cap on the fee, integer minor units */
                    minMinor?: number;
                    /** @description Percent of the base as a decimal string, 0 to 100 ("5" is 5%) */
                    percent: string;
                    /**
                     * @description A percent of `base`
                     * @enum {string}
                     */
                    type: "percent";
                };
                /** @description Charged when a payment is returned (non-sufficient funds) */
                nsf?: {
                    /** @description Fee amount, integer minor units */
                    amountMinor: number;
                    /**
                     * @description A fixed amount
                     * @enum {string}
                     */
                    type: "flat";
                } | {
                    /**
                     * @description What the percent is taken of
                     * @enum {string}
                     */
                    base: "principal" | "installment" | "overdue-amount" | "outstanding-principal" | "prepaid-amount";
                    /** @description Upper cap on the fee, integer minor units */
                    maxMinor?: number;
                    /** @description Lower cap on the fee, integer minor units */
                    minMinor?: number;
                    /** @description Percent of the base as a decimal string, 0 to 100 ("5" is 5%) */
                    percent: string;
                    /**
                     * @description A percent of `base`
                     * @enum {string}
                     */
                    type: "percent";
                };
                /** @description Origination or disbursement fee, charged once at disbursement */
                origination?: {
                    /** @description Fee amount, integer minor units */
                    amountMinor: number;
                    /**
                     * @description financed: added to principal; deducted: taken from the amount disbursed; prepaid: paid at closing
                     * @enum {string}
                     */
                    treatment: "financed" | "deducted" | "prepaid";
                    /**
                     * @description A fixed amount
                     * @enum {string}
                     */
                    type: "flat";
                } | {
                    /**
                     * @description What the percent is taken of
                     * @enum {string}
                     */
                    base: "principal" | "installment" | "overdue-amount" | "outstanding-principal" | "prepaid-amount";
                    /** @description Upper cap on the fee, integer minor units */
                    maxMinor?: number;
                    /** @description Lower cap on the fee, integer minor units */
                    minMinor?: number;
                    /** @description Percent of the base as a decimal string, 0 to 100 ("5" is 5%) */
                    percent: string;
                    /**
                     * @description financed: added to principal; deducted: taken from the amount disbursed; prepaid: paid at closing
                     * @enum {string}
                     */
                    treatment: "financed" | "deducted" | "prepaid";
                    /**
                     * @description A percent of `base`
                     * @enum {string}
                     */
                    type: "percent";
                };
                /** @description Charged on a prepayment of principal ahead of schedule */
                prepayment?: {
                    /** @description Fee amount, integer minor units */
                    amountMinor: number;
                    /**
                     * @description A fixed amount
                     * @enum {string}
                     */
                    type: "flat";
                } | {
                    /**
                     * @description What the percent is taken of
                     * @enum {string}
                     */
                    base: "principal" | "installment" | "overdue-amount" | "outstanding-principal" | "prepaid-amount";
                    /** @description Upper cap on the fee, integer minor units */
                    maxMinor?: number;
                    /** @description Lower cap on the fee, integer minor units */
                    minMinor?: number;
                    /** @description Percent of the base as a decimal string, 0 to 100 ("5" is 5%) */
                    percent: string;
                    /**
                     * @description A percent of `base`
                     * @enum {string}
                     */
                    type: "percent";
                };
            };
            /**
             * @description Grace periods at the start of the loan, in installments
             * @default {
             *       "principalPeriods": 0,
             *       "interestPeriods": 0
             *     }
             */
            grace?: {
                /**
                 * @description Leading installments in which no interest is due, a count
                 * @default 0
                 */
                interestPeriods?: number;
                /**
                 * @description Leading installments in which no principal is due, a count
                 * @default 0
                 */
                principalPeriods?: number;
            };
            /**
             * @description Per-period or per-day interest
             * @default periodic
             * @enum {string}
             */
            interestCalculation?: "periodic" | "daily";
            /**
             * @description How interest accrues
             * @default declining-balance
             * @enum {string}
             */
            interestMethod?: "declining-balance" | "flat";
            /**
             * @description Late-payment penalties
             * @default {
             *       "graceDays": 0
             *     }
             */
            latePayment?: {
                /**
                 * @description Calendar days after a due date before the late fee is charged
                 * @default 0
                 */
                graceDays?: number;
                /** @description Extra interest on overdue amounts, percent a year as a decimal string; omit for none */
                penaltyRatePercent?: string;
            };
            /** @description Product name shown to operators */
            name: string;
            /**
             * @description Where money paid beyond what is due goes
             * @default apply-to-principal
             * @enum {string}
             */
            overpayment?: "apply-to-principal" | "hold-as-credit" | "refund";
            /**
             * @description Payment allocation waterfall
             * @default {
             *       "order": [
             *         "penalties",
             *         "fees",
             *         "interest",
             *         "principal"
             *       ],
             *       "strategy": "vertical"
             *     }
             */
            paymentAllocation?: {
                /**
                 * @description Buckets a payment settles, first to last; each bucket exactly once
                 * @default [
                 *       "penalties",
                 *       "fees",
                 *       "interest",
                 *       "principal"
                 *     ]
                 */
                order?: ("penalties" | "fees" | "interest" | "principal")[];
                /**
                 * @description vertical: oldest installment first across all buckets; horizontal: bucket by bucket across installments
                 * @default vertical
                 * @enum {string}
                 */
                strategy?: "vertical" | "horizontal";
            };
            /**
             * @description Effect of a partial prepayment on the schedule
             * @default reduce-term
             * @enum {string}
             */
            prepayment?: "reduce-term" | "reduce-installment";
            /** @description Nominal annual interest rate limits, percent a year */
            rateLimits: {
                /** @description Rate when a request names none, percent a year as a decimal string */
                defaultPercent: string;
                /** @description Highest nominal annual rate, percent a year as a decimal string ("35.99") */
                maxPercent: string;
                /** @description Lowest nominal annual rate, percent a year as a decimal string ("7.99") */
                minPercent: string;
            };
            /**
             * @description Repayment frequency
             * @default {
             *       "defaultFrequency": "monthly",
             *       "allowedFrequencies": [
             *         "monthly"
             *       ]
             *     }
             */
            repayment?: {
                /** @description Installment frequencies a loan may use */
                allowedFrequencies: ("weekly" | "biweekly" | "semi-monthly" | "monthly" | "quarterly" | "yearly")[];
                /**
                 * @description Installment frequency when a request names none
                 * @enum {string}
                 */
                defaultFrequency: "weekly" | "biweekly" | "semi-monthly" | "monthly" | "quarterly" | "yearly";
            };
            /**
             * @description Rounding of computed amounts; the last installment absorbs the difference
             * @default {
             *       "installmentMultipleMinor": 1,
             *       "mode": "half-up"
             *     }
             */
            rounding?: {
                /** @description Decimal places amounts are rounded to; at most the currency's minor-unit digits (default: all of them) */
                decimalPlaces?: number;
                /**
                 * @description Installments are rounded to a multiple of this many minor units (1 = to the cent, 100 = whole dollars)
                 * @default 1
                 */
                installmentMultipleMinor?: number;
                /**
                 * @description Rounding mode for installments and interest
                 * @default half-up
                 * @enum {string}
                 */
                mode?: "half-even" | "half-up" | "down" | "up";
            };
            /** @description Term limits as a number of installments */
            termLimits: {
                /** @description Installments when a request names none, a count */
                defaultPayments: number;
                /** @description Most installments, a count */
                maxPayments: number;
                /** @description Fewest installments, a count */
                minPayments: number;
            };
        };
        ProductPage: {
            data: components["schemas"]["Product"][];
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
        };
        ProductVersion: {
            /** @description UTC ISO 8601 instant */
            createdAt: string;
            /** @description Subject of the token that created the version */
            createdBy: string;
            definition: components["schemas"]["ProductDefinition"];
            productId: string;
            version: number;
        };
        ProductVersionPage: {
            data: components["schemas"]["ProductVersion"][];
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
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
    listProducts: {
        parameters: {
            query?: {
                /** @description Opaque cursor: the `nextCursor` of the previous page */
                cursor?: string;
                /** @description Page size, 1 to 100 */
                limit?: number;
                /** @description Only products in this status */
                status?: "active" | "archived";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of products */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductPage"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key (`malformed_json`, `invalid_cursor`, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createProduct: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key (1-255 visible ASCII): a retry with the same key and body replays the first response */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description A product definition (fields with defaults may be omitted) */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProductDefinition"];
            };
        };
        responses: {
            /** @description The created product */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key (`malformed_json`, `invalid_cursor`, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state forbids this now, or an idempotent request is still in progress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                productId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The product with its current definition */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key (`malformed_json`, `invalid_cursor`, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                productId: string;
            };
            cookie?: never;
        };
        /** @description A product definition (fields with defaults may be omitted) */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProductDefinition"];
            };
        };
        responses: {
            /** @description The product at its new version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key (`malformed_json`, `invalid_cursor`, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state forbids this now, or an idempotent request is still in progress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts (`payload_too_large`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json (`unsupported_media_type`) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    archiveProduct: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key (1-255 visible ASCII): a retry with the same key and body replays the first response */
                "idempotency-key"?: string;
            };
            path: {
                productId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The archived product */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key (`malformed_json`, `invalid_cursor`, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state forbids this now, or an idempotent request is still in progress */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProductVersions: {
        parameters: {
            query?: {
                /** @description Opaque cursor: the `nextCursor` of the previous page */
                cursor?: string;
                /** @description Page size, 1 to 100 */
                limit?: number;
            };
            header?: never;
            path: {
                productId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of versions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductVersionPage"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key (`malformed_json`, `invalid_cursor`, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProductVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                productId: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductVersion"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key (`malformed_json`, `invalid_cursor`, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
