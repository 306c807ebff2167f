// generated — do not edit. Run `npm run openapi` at the repository root to regenerate.
export interface paths {
    "/v1/ach-files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List ACH files
         * @description NACHA files the daily close originated. Oldest first, cursor-paginated; filters combine with AND; an unknown query parameter is 400 `unknown_query_parameter`.
         */
        get: operations["listAchFiles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ach-files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an ACH file
         * @description One NACHA file the daily close originated: its dates, entry count and debit total.
         */
        get: operations["getAchFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ach-files/{fileId}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download an ACH file
         * @description The NACHA file as sent: 94-character records (file header, PPD batch headers, entry details, batch and file controls) blocked to a multiple of ten with `9` filler records, each ending in a line feed. It holds account numbers in the clear, as the format requires; reading it needs `ach:read` and `pii:read`.
         */
        get: operations["downloadAchFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ach-returns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ingest an ACH returns/NOC file
         * @description Reads a returns/NOC file (422 `invalid_ach_file` naming the bad record when it is not NACHA) and acts on each entry by its original trace number, per the one table of R codes: the payment is reversed (with the product's NSF fee for R01/R09) through the loan's reversal event; R01/R09 are re-presented at most twice; R02, R03, R04, R07, R10, R16, R20, R29 … disable the instrument and suspend autopay. After two consecutive insufficient-funds failures no further attempt is made without a new authorization (12 CFR 1041.8): the enrollment is suspended. A NOC updates the instrument (C01 account number, C02 routing number, C05 account type …). A return already applied is reported, not applied twice.
         */
        post: operations["ingestAchReturns"];
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
        /**
         * List applications
         * @description The tenant's applications, oldest first. Oldest first, cursor-paginated; filters combine with AND; an unknown query parameter is 400 `unknown_query_parameter`.
         */
        get: operations["listApplications"];
        put?: never;
        /**
         * Create an application
         * @description Starts a draft: any of the form's fields (product, amount, term, purpose, applicants with roles, collateral, declared debts and assets, consents, channel). Completeness is checked on submit; the product and every party named must exist (404).
         */
        post: operations["createApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{applicationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an application
         * @description One application with its state, the commands it accepts now and its state history.
         */
        get: operations["getApplication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a draft application
         * @description Replaces the fields given (lists whole). Only a draft can be changed: otherwise 409 `application_not_editable`.
         */
        patch: operations["updateApplication"];
        trace?: never;
    };
    "/v1/applications/{applicationId}/adverse-action-notice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a declined application's adverse-action notice
         * @description The Regulation B notice (12 CFR 1002.9) as data: up to four principal reasons from the decline's reason codes and the deciding rule set's reason statements, the ECOA notice with the agency, the creditor, the FCRA § 615(a) disclosure when a credit score was a fact of the decision, the due date (30 days after the decline) and whether it was sent. 409 `application_not_declined`; 422 `adverse_action_not_configured` when the product's `origination.adverseAction` names no creditor.
         */
        get: operations["getAdverseActionNotice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{applicationId}/adverse-action-notice/delivery": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that the adverse-action notice went out
         * @description Records how and when the notice was sent (audited; event `application.adverse_action_notice_sent`). The second time is 409 `adverse_action_notice_sent`.
         */
        post: operations["recordAdverseActionNoticeDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{applicationId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a referred application
         * @description An underwriter's approval (scope `applications:approve`). Above the product's `origination.approvalAuthorityLimit` two different people must approve; the one who asked for the referring decision may not; nobody twice (403 `own_referral`, `already_approved`, `approval_complete`). The final approval makes the offers: → approved → offered. A command the application's state does not accept is 409 `illegal_transition` with `currentState` and `allowedCommands`.
         */
        post: operations["approveApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{applicationId}/closing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start closing
         * @description accepted → closing, with the business date the loan is to be funded on (not in the past). A command the application's state does not accept is 409 `illegal_transition` with `currentState` and `allowedCommands`.
         */
        post: operations["startApplicationClosing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{applicationId}/conditions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an application's conditions
         * @description Its underwriting conditions, open and resolved. Oldest first, cursor-paginated; filters combine with AND; an unknown query parameter is 400 `unknown_query_parameter`.
         */
        get: operations["listApplicationConditions"];
        put?: never;
        /**
         * Raise an underwriting condition
         * @description Raises an open condition: one of the product's published workflow's condition templates (`templateId`; unknown: 422 `unknown_condition_template`), or a `kind` and `description`. The workflow's templates are also raised by themselves when an application first enters one of its stages. Open prior-to-approval conditions refuse approvals (`decision` approving, `approve`), open prior-to-closing ones refuse `fund`: 409 `conditions_open`.
         */
        post: operations["raiseApplicationCondition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{applicationId}/conditions/{conditionId}/clear": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Clear a condition
         * @description Marks an open condition met, with who and when. A condition already cleared or waived is 409 `condition_not_open`.
         */
        post: operations["clearApplicationCondition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{applicationId}/conditions/{conditionId}/waive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Waive a condition
         * @description Sets an open condition aside, with the reason, who and when. A condition already cleared or waived is 409 `condition_not_open`.
         */
        post: operations["waiveApplicationCondition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{applicationId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decide an application
         * @description Evaluates a published rule set with the application's facts (and the caller's), stores the decision (`GET /v1/decisions/{id}`) and moves the application: approve → approved → offered (offers priced from the rule set's `ratePercent`, `approvedAmount` and `offerTerms` outputs); refer → referred; decline → declined. From submitted or in_review. A command the application's state does not accept is 409 `illegal_transition` with `currentState` and `allowedCommands`.
         */
        post: operations["decideApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{applicationId}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline a referred application
         * @description An underwriter's decline (scope `applications:approve`), with reason codes: referred → declined. A command the application's state does not accept is 409 `illegal_transition` with `currentState` and `allowedCommands`.
         */
        post: operations["declineApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{applicationId}/fund": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Fund an application
         * @description closing → funded: boards the servicing loan from the accepted offer (linked to the application, decision and offer) and records the disbursement instruction, in one transaction. Idempotent: funding a funded application answers with the same loan, however many calls race. A command the application's state does not accept is 409 `illegal_transition` with `currentState` and `allowedCommands`.
         */
        post: operations["fundApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{applicationId}/offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an application's offers
         * @description Every offer made, oldest first; an open offer past its expiry shows as `expired`.
         */
        get: operations["listApplicationOffers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{applicationId}/offers/{offerId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept an offer
         * @description offered → accepted: the offer becomes `accepted` and every other open one `void`. An expired, void or already accepted offer is 409 (`offer_expired`, `offer_void`, `offer_already_accepted`). A command the application's state does not accept is 409 `illegal_transition` with `currentState` and `allowedCommands`.
         */
        post: operations["acceptApplicationOffer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{applicationId}/offers/{offerId}/counter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Counter an offer
         * @description A new open offer on changed amount, term or rate, priced like every offer; the countered one becomes `void`. A command the application's state does not accept is 409 `illegal_transition` with `currentState` and `allowedCommands`.
         */
        post: operations["counterApplicationOffer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{applicationId}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit an application
         * @description draft → submitted. An incomplete application is 422 `application_incomplete` listing every missing item in `errors` (JSON pointers into the form). A command the application's state does not accept is 409 `illegal_transition` with `currentState` and `allowedCommands`.
         */
        post: operations["submitApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{applicationId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw an application
         * @description → withdrawn, at the applicant's request, from any state before funding. A command the application's state does not accept is 409 `illegal_transition` with `currentState` and `allowedCommands`.
         */
        post: operations["withdrawApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List audit records
         * @description Every change of the tenant. Each record carries the hash of the tenant's previous record and its own, so `lendstack audit verify` can prove none was altered or removed. Oldest first, cursor-paginated; filters combine with AND; an unknown query parameter is 400 `unknown_query_parameter`.
         */
        get: operations["listAuditRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/close-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List close runs
         * @description Each daily close of the tenant, one per business date (every worker closing that date shares it): what started it, loans closed, failed and pending, and the rate. Oldest first, cursor-paginated; filters combine with AND; an unknown query parameter is 400 `unknown_query_parameter`.
         */
        get: operations["listCloseRuns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/close-runs/{closeRunId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a close run
         * @description One daily close, with every loan it could not close and why.
         */
        get: operations["getCloseRun"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List decisions
         * @description Stored decisions with their facts, trace and reasons. Oldest first, cursor-paginated; filters combine with AND; an unknown query parameter is 400 `unknown_query_parameter`.
         */
        get: operations["listDecisions"];
        put?: never;
        /**
         * Decide an application
         * @description Evaluates a published rule-set version against the facts and stores the decision with its inputs, version and hash. Bad facts: 422 `invalid_fact` / `missing_fact` with a pointer; facts the version does not declare as inputs: 422 `undeclared_fact` naming each (they are refused, not dropped or stored); a rule set with no published version: 409.
         */
        post: operations["makeDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/decisions/{decisionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a stored decision */
        get: operations["getDecision"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/disbursements/{disbursementId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a disbursement
         * @description A funded loan's disbursement instruction and where it is (pending → sent → settled, or failed).
         */
        get: operations["getDisbursement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/disbursements/{disbursementId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a disbursement's progress
         * @description pending → sent → settled, or → failed with a reason; anything else is 409 `illegal_disbursement_status`.
         */
        post: operations["updateDisbursementStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List documents
         * @description Documents of the tenant, every version (each with its `version` and `supersededBy`). Oldest first, cursor-paginated; filters combine with AND; an unknown query parameter is 400 `unknown_query_parameter`.
         */
        get: operations["listDocuments"];
        put?: never;
        /**
         * Upload a document
         * @description Uploads a file for a party, an application or a loan (exactly one of `partyId`, `applicationId`, `loanId`; unknown: 404 `party_not_found` …). As `multipart/form-data`, streamed to storage as it arrives (never held whole in memory): the fields first, the `file` part last (its filename and Content-Type, unless the `fileName` and `contentType` fields say otherwise); or as JSON with the bytes in base64 `content`, for small files within the request body limit. The server sniffs the content type from the bytes and refuses a mismatch with the declared one (422 `content_type_mismatch`); a declared type not on the allow-list is 415 `content_type_not_allowed`; a file over the size limit is 413 `payload_too_large` (reading stops there); a file name with a path separator, `.`/`..` or a control character is 422 `unsafe_file_name`; an empty file 422 `empty_document`. A refused upload stores nothing. `supersedes: doc_…` makes the upload the next version of that document (same owner and type, and still the latest version, else 422 `supersedes_mismatch` / 409 `document_superseded`); the history is kept and shown on get. A multipart upload is not covered by `Idempotency-Key` (the key is ignored: the body is streamed, not hashed); a JSON upload is.
         */
        post: operations["uploadDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a document
         * @description Its metadata, its version and every earlier version (`versions`), and the version that replaced it.
         */
        get: operations["getDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/documents/{documentId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept a document
         * @description A reviewer accepts the latest version of a document pending review; 409 `document_not_pending` when already reviewed, `document_superseded` when a newer version exists.
         */
        post: operations["acceptDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/documents/{documentId}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a document's bytes
         * @description Streams the bytes with their `Content-Type`, `Content-Length`, `Content-Disposition: attachment` (RFC 6266, with a UTF-8 `filename*`), `ETag` (the SHA-256) and `X-Content-Type-Options: nosniff`.
         */
        get: operations["downloadDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/documents/{documentId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject a document
         * @description A reviewer rejects, with a reason, the latest version of a document pending review; 409 `document_not_pending` when already reviewed, `document_superseded` when a newer version exists.
         */
        post: operations["rejectDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List events
         * @description Everything that happened in the tenant, each written in the same transaction as its change: reconcile webhook deliveries against it, or poll it. `type` takes an event type, a prefix such as `loan.*`, or `*`. Oldest first, cursor-paginated; filters combine with AND; an unknown query parameter is 400 `unknown_query_parameter`.
         */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an event
         * @description One event, as delivered to webhook endpoints.
         */
        get: operations["getEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/loans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List loans
         * @description Loans as boarded (terms and references; no replayed balances). Oldest first, cursor-paginated; filters combine with AND; an unknown query parameter is 400 `unknown_query_parameter`.
         */
        get: operations["listLoans"];
        put?: never;
        /**
         * Board a loan
         * @description Boards a loan under a product version with its disbursement: the terms are checked against the product (422 with the rule broken and a pointer to the field), the loan and its disbursement event are stored.
         */
        post: operations["boardLoan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/loans/{loanId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a loan's state
         * @description Replays the loan's events to `asOf` (default today's business date, UTC): balances, delinquency, next due.
         */
        get: operations["getLoan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/loans/{loanId}/autopay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a loan's autopay
         * @description The loan's latest enrollment, open or cancelled; 404 `autopay_not_found` if it never had one.
         */
        get: operations["getLoanAutopay"];
        /**
         * Enroll a loan in autopay
         * @description Enrolls the loan in autopay under the borrower's authorization (text version, time, IP address), replacing any open enrollment. The instrument must be an active bank account of the tenant (404 `payment_instrument_not_found`, 422 `payment_instrument_disabled`, `payment_instrument_not_bank_account`, `payment_instrument_unverified`; when the loan's `borrowerReference` is a party id, the instrument must be that party's: 422 `payment_instrument_not_borrowers`). `amount` is required for `fixed` and refused otherwise. Enrolling again is how a new authorization lifts a suspension under 12 CFR 1041.8.
         */
        put: operations["enrollLoanAutopay"];
        post?: never;
        /**
         * Cancel a loan's autopay
         * @description Cancels the open enrollment: no further debits are scheduled (a debit already in an ACH file still settles or returns). 404 `autopay_not_found` when none is open.
         */
        delete: operations["cancelLoanAutopay"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/loans/{loanId}/charge-offs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Charge off a loan
         * @description Takes every balance off the books; interest stops accruing. The loan row is locked, the event validated against the replay of every event, appended, and audited; a rejected event stores nothing.
         */
        post: operations["chargeOffLoan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/loans/{loanId}/disbursements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disburse a tranche
         * @description Sends a further part of the principal; all tranches together at most the principal. The loan row is locked, the event validated against the replay of every event, appended, and audited; a rejected event stores nothing.
         */
        post: operations["disburseLoanTranche"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/loans/{loanId}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a loan's stored events
         * @description The append-only event log in arrival order, with who posted each event and when.
         */
        get: operations["listLoanEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/loans/{loanId}/fee-waivers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Waive a fee
         * @description Forgives part or all of an unpaid fee, late fee or NSF fee. The loan row is locked, the event validated against the replay of every event, appended, and audited; a rejected event stores nothing.
         */
        post: operations["waiveLoanFee"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/loans/{loanId}/fees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Charge a fee
         * @description A fee due on its effective date. The loan row is locked, the event validated against the replay of every event, appended, and audited; a rejected event stores nothing.
         */
        post: operations["chargeLoanFee"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/loans/{loanId}/journal-entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a loan's journal entries
         * @description Double-entry postings up to `asOf`; every entry balances and a reversal adds reversing entries.
         */
        get: operations["listLoanJournalEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/loans/{loanId}/payment-holidays": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Grant a payment holiday (deferral)
         * @description Skips the next installments (added at the end); their interest is capitalized or deferred. The loan row is locked, the event validated against the replay of every event, appended, and audited; a rejected event stores nothing.
         */
        post: operations["deferLoanPayments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/loans/{loanId}/payment-holidays/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Preview a payment holiday
         * @description The loan and its schedule as the deferral would leave them. Nothing is stored.
         */
        post: operations["previewLoanPaymentHoliday"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/loans/{loanId}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Post a payment
         * @description Any amount, any effective date (a back-dated payment re-flows interest from its date). The loan row is locked, the event validated against the replay of every event, appended, and audited; a rejected event stores nothing.
         */
        post: operations["postLoanPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/loans/{loanId}/payoff-quote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Quote a payoff
         * @description What it takes to close the loan on `date`: a payment of `amount` dated `date` pays it off.
         */
        get: operations["getLoanPayoffQuote"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/loans/{loanId}/rate-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the rate
         * @description A fixed rate, or index + margin within an optional floor and cap, from the effective date. The loan row is locked, the event validated against the replay of every event, appended, and audited; a rejected event stores nothing.
         */
        post: operations["changeLoanRate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/loans/{loanId}/recoveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a recovery
         * @description Cash collected on a charged-off loan. The loan row is locked, the event validated against the replay of every event, appended, and audited; a rejected event stores nothing.
         */
        post: operations["recoverLoan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/loans/{loanId}/refunds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refund a credit balance
         * @description Pays back money held for the borrower (an overpayment). The loan row is locked, the event validated against the replay of every event, appended, and audited; a rejected event stores nothing.
         */
        post: operations["refundLoanCredit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/loans/{loanId}/reschedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reschedule a loan
         * @description Replaces the installments not yet due with a new schedule; the old one is kept in history. The loan row is locked, the event validated against the replay of every event, appended, and audited; a rejected event stores nothing.
         */
        post: operations["rescheduleLoan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/loans/{loanId}/reschedules/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Preview a reschedule
         * @description The loan and its new schedule as the reschedule would leave them. Nothing is stored.
         */
        post: operations["previewLoanReschedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/loans/{loanId}/reversals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reverse a payment
         * @description A returned payment: the loan is replayed as if it never arrived; optional NSF fee. The loan row is locked, the event validated against the replay of every event, appended, and audited; a rejected event stores nothing.
         */
        post: operations["reverseLoanPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/loans/{loanId}/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a loan's schedule
         * @description The current schedule as of `asOf`, each installment with its status and what was paid.
         */
        get: operations["getLoanSchedule"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/loans/{loanId}/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a loan's transactions
         * @description Every transaction up to `asOf` in date order, receipts with their allocation; reversed payments are marked.
         */
        get: operations["listLoanTransactions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/loans/{loanId}/trial-balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a loan's trial balance
         * @description Per-account debits, credits and balance of the loan's journal as of `asOf`.
         */
        get: operations["getLoanTrialBalance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/loans/{loanId}/write-offs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Write a loan off
         * @description Final: charged off first if it was not, then closed. The loan row is locked, the event validated against the replay of every event, appended, and audited; a rejected event stores nothing.
         */
        post: operations["writeOffLoan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/parties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List parties
         * @description The tenant's parties. Tax ids show only their last four digits (`***-**-6789`, `**-***6789`) and dates of birth are hidden unless the token has `pii:read`; each reveal writes an audit record (`party.pii_revealed`). Oldest first, cursor-paginated; filters combine with AND; an unknown query parameter is 400 `unknown_query_parameter`.
         */
        get: operations["listParties"];
        put?: never;
        /**
         * Create a party
         * @description Creates an individual (name, date of birth, SSN or ITIN, addresses, employment, income, citizenship) or a business (legal and DBA names, EIN, entity type, formation, NAICS, beneficial owners of 25% or more and one control person, as linked individual parties, per the CDD rule). Every bad field is listed in one 422. A tax id the tenant already has is 409 `duplicate_party` with `existingId`; the same name and date of birth as another party is accepted and listed in `possibleDuplicates`. The tax id and date of birth are stored encrypted; the answer shows them masked.
         */
        post: operations["createParty"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/parties/{partyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a party
         * @description One party. Tax ids show only their last four digits (`***-**-6789`, `**-***6789`) and dates of birth are hidden unless the token has `pii:read`; each reveal writes an audit record (`party.pii_revealed`).
         */
        get: operations["getParty"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a party
         * @description Replaces the fields given (lists as a whole) and validates the party again as a whole; fields of the other kind of party are `not_applicable`. A tax id another party has is 409 `duplicate_party`. The answer shows PII masked.
         */
        patch: operations["updateParty"];
        trace?: never;
    };
    "/v1/parties/{partyId}/identity-checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify a party's identity (CIP)
         * @description Sends the individual's name, date of birth, address and tax id to the identity provider and stores its outcome: `pass`, `fail` or `review`, with reason codes. The sandbox decides by the tax id's last four digits: 0001 passes, 0002 fails on the date of birth (`date_of_birth_mismatch`), 0003 needs review (`address_unverified`), anything else needs review (`identity_not_found`). A business: 422 `identity_check_individual_only`.
         */
        post: operations["verifyPartyIdentity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/parties/{partyId}/payment-instruments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List payment instruments
         * @description The party's instruments. Account numbers show only their last four digits (`****6789`) unless the token has `pii:read`; each reveal writes an audit record (`payment_instrument.pii_revealed`). Oldest first, cursor-paginated; filters combine with AND; an unknown query parameter is 400 `unknown_query_parameter`.
         */
        get: operations["listPaymentInstruments"];
        put?: never;
        /**
         * Add a payment instrument
         * @description Adds a bank account (the routing number's ABA check digit is verified: 422 `routing_number_checksum` or `invalid_routing_number` on `/routingNumber`; the account number is stored encrypted) or a card by its processor token (a card number is refused: 422 `card_number_refused`). The processor (the sandbox unless configured) sets `verificationStatus`. The answer shows the account number masked.
         */
        post: operations["createPaymentInstrument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/parties/{partyId}/payment-instruments/{instrumentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a payment instrument
         * @description One instrument of the party. Account numbers show only their last four digits (`****6789`) unless the token has `pii:read`; each reveal writes an audit record (`payment_instrument.pii_revealed`).
         */
        get: operations["getPaymentInstrument"];
        put?: never;
        post?: never;
        /**
         * Disable a payment instrument
         * @description Disables the instrument: it is kept (payments made with it refer to it) but never debited again, and autopay enrollments using it stop. Disabling a disabled instrument answers it unchanged.
         */
        delete: operations["disablePaymentInstrument"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/parties/{partyId}/screenings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Screen a party against the sanctions list
         * @description Screens the party's names (a person's full and first-and-last name, a business's legal and DBA names, `otherNames`) against the sanctions list in force (the newest `lendstack sanctions load`). Names are normalized (case, accents, punctuation, word order, common transliterations) and scored by Jaro-Winkler on tokens against every entry's name and aliases; each entry scoring at least the threshold (`SANCTIONS_MATCH_THRESHOLD`, default 0.85) is a hit, raised once per party and entry with a "Review sanctions hit" task, and the party is put on hold while any of its hits is open or confirmed. 409 `sanctions_list_not_loaded` when no list is loaded.
         */
        post: operations["screenParty"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List products
         * @description Products with their current definitions. Oldest first, cursor-paginated; filters combine with AND; an unknown query parameter is 400 `unknown_query_parameter`.
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
        /**
         * List a product's versions
         * @description Every immutable version of the product's definition. Oldest first, cursor-paginated; filters combine with AND; an unknown query parameter is 400 `unknown_query_parameter`.
         */
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
    "/v1/quotes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Quote a loan
         * @description Builds the amortization schedule, the Regulation Z Appendix J APR and the TILA disclosure figures for a product (or inline terms) and the requested amount, term, rate and dates. Nothing is stored. A bad term is a 422 with core's specific code (e.g. `zero_amount`, `invalid_rate`, `invalid_date`, `rate_out_of_range`) and a pointer to the field.
         */
        post: operations["createQuote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/pipeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Origination pipeline
         * @description The applications now: count and requested amount by stage (state), the age of those in each stage and the dwell of every visit (p50/p90), SLA breaches by each product's `origination.stageSlaHours`, the conversion funnel (submitted → approved → accepted → funded) with the pull-through rate, the bottleneck (the open stage with the highest median dwell) and the expected closing dates. Filter by product, assignee and creation time.
         */
        get: operations["getPipelineReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/portfolio": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Portfolio report of a closed business date
         * @description Outstanding principal, interest, fees and penalties per currency; loans and balances per delinquency bucket (current, 1-30, 31-60, 61-90, 91-120, 120+ days past due); PAR30/60/90 (principal of loans at least that many days past due ÷ principal outstanding) and the non-performing ratio. Read from the loan snapshots the daily close (`lendstack close-day`) wrote for `asOf`; `snapshot_missing` (422) when it has not run for that date.
         */
        get: operations["getPortfolioReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/roll-rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Delinquency roll rates between two closed business dates
         * @description A transition matrix: each loan active at `from`, by its bucket then, against its bucket at `to` or where it left to (paid-off, charged-off, written-off, not-reported), by count and by starting principal. Rows add up to their bucket. Loans new since `from` are listed apart. Both dates need a daily close (`snapshot_missing`).
         */
        get: operations["getRollRates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rule-sets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List rule sets
         * @description Rule sets with their version numbers (no documents). Oldest first, cursor-paginated; filters combine with AND; an unknown query parameter is 400 `unknown_query_parameter`.
         */
        get: operations["listRuleSets"];
        put?: never;
        /**
         * Create a rule set
         * @description Compiles the document (every expression parsed and type-checked) and stores it as draft version 1. The document's `id` becomes the rule set's `key`.
         */
        post: operations["createRuleSet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rule-sets/{ruleSetId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a rule set with its versions */
        get: operations["getRuleSet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rule-sets/{ruleSetId}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace the draft
         * @description Replaces the draft version's document. When the newest version is published, starts a new draft n+1 (published versions never change). With `expectedVersion` naming a published version: 409 `version_immutable`.
         */
        put: operations["updateRuleSetDraft"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rule-sets/{ruleSetId}/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check a document or the draft
         * @description Compiles a supplied document, or the current draft, and reports the first error precisely. Changes nothing.
         */
        post: operations["validateRuleSet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rule-sets/{ruleSetId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a rule set's versions
         * @description Every version with its document, drafts and published. Oldest first, cursor-paginated; filters combine with AND; an unknown query parameter is 400 `unknown_query_parameter`.
         */
        get: operations["listRuleSetVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rule-sets/{ruleSetId}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one version of a rule set */
        get: operations["getRuleSetVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rule-sets/{ruleSetId}/versions/{version}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a draft version
         * @description Freezes the draft with its content hash; it becomes the default for decisions. Publishing again is 409 `version_immutable`.
         */
        post: operations["publishRuleSetVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rule-sets/{ruleSetId}/versions/{version}/simulate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Simulate a version against another
         * @description Runs this version (draft or published) and a baseline over supplied applications and/or the facts of recent stored decisions; reports counts per outcome, the transition matrix and a sample of changed cases. Stores nothing. A supplied fact that neither version declares as an input is 422 `undeclared_fact` with one `errors` entry per fact (`/applications/{index}/{name}`), as `POST /v1/decisions` refuses it; a fact only one version declares makes that version's outcome `error` (`errorCode` `undeclared_fact`).
         */
        post: operations["simulateRuleSetVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/screening-hits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List screening hits
         * @description Hits of the tenant's parties against the sanctions list, to review. Oldest first, cursor-paginated; filters combine with AND; an unknown query parameter is 400 `unknown_query_parameter`.
         */
        get: operations["listScreeningHits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/screening-hits/{screeningHitId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a screening hit */
        get: operations["getScreeningHit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/screening-hits/{screeningHitId}/clear": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Clear a screening hit
         * @description The reviewer finds the party is not the listed entry (a false positive). When none of the party's hits is open or confirmed any more, its hold is lifted. Completes the hit's review task. A hit reviewed already is 409 `screening_hit_reviewed`. Needs `screenings:review`.
         */
        post: operations["clearScreeningHit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/screening-hits/{screeningHitId}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm a screening hit
         * @description The reviewer finds the party is the listed entry: the party stays on hold. Completes the hit's review task. A hit reviewed already is 409 `screening_hit_reviewed`. Needs `screenings:review`.
         */
        post: operations["confirmScreeningHit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the tenant's settings
         * @description Time zone, cutoff, holidays, whether the tenant is a sandbox, and its business date now.
         */
        get: operations["getSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update the tenant's settings
         * @description Changes the fields given. The business date follows at once.
         */
        patch: operations["updateSettings"];
        trace?: never;
    };
    "/v1/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tasks
         * @description Tasks the tenant's workflows created when applications entered their stages. Oldest first, cursor-paginated; filters combine with AND; an unknown query parameter is 400 `unknown_query_parameter`.
         */
        get: operations["listTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{taskId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a task */
        get: operations["getTask"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{taskId}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Claim a task
         * @description The caller (the token's subject) becomes the assignee of an open task. The token must hold the task's role as a scope (`roles:processor`, `roles:underwriter`, `roles:closer`; `roles:admin` works any task), else 403 `task_role_mismatch`. A task claimed by someone else is 409 `task_claimed` (a manager reassigns it); claiming one's own again changes nothing. A completed task changes no more: 409 `task_completed`.
         */
        post: operations["claimTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{taskId}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete a task
         * @description The assignee records the outcome (and a note). Anyone else, or a task nobody has claimed, is 403 `not_task_assignee`. A completed task changes no more: 409 `task_completed`.
         */
        post: operations["completeTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{taskId}/reassign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reassign a task
         * @description A manager (scope `tasks:manage`) gives an open or claimed task to the named subject. A completed task changes no more: 409 `task_completed`.
         */
        post: operations["reassignTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/test-clock/advances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a sandbox's clock forward
         * @description Sandbox tenants only (403 `not_a_sandbox` otherwise). Runs the daily close for every date from the current business date up to the day before `to`, in order and deterministically — accrual, installments due, late fees, delinquency, events and webhooks — then makes `to` the tenant's business date.
         */
        post: operations["advanceTestClock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhook endpoints
         * @description The tenant's webhook endpoints (without their secrets). Oldest first, cursor-paginated; filters combine with AND; an unknown query parameter is 400 `unknown_query_parameter`.
         */
        get: operations["listWebhookEndpoints"];
        put?: never;
        /**
         * Create a webhook endpoint
         * @description Subscribes a URL to event types. The answer carries the endpoint's signing secret, once. Deliveries follow the Standard Webhooks specification: `webhook-id`, `webhook-timestamp` and `webhook-signature` (`v1,` + base64 HMAC-SHA256 over `id.timestamp.body`).
         */
        post: operations["createWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{endpointId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a webhook endpoint
         * @description One endpoint (without its secrets).
         */
        get: operations["getWebhookEndpoint"];
        put?: never;
        post?: never;
        /**
         * Delete a webhook endpoint
         * @description Deletes the endpoint; its pending deliveries are dropped.
         */
        delete: operations["deleteWebhookEndpoint"];
        options?: never;
        head?: never;
        /**
         * Update a webhook endpoint
         * @description Changes the fields given. Enabling an endpoint that Lendstack disabled clears `disabledReason`; deliveries resume with new events.
         */
        patch: operations["updateWebhookEndpoint"];
        trace?: never;
    };
    "/v1/webhook-endpoints/{endpointId}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an endpoint's deliveries
         * @description Each event sent (or being sent) to the endpoint, with every attempt: status code, latency and the start of the answer. Oldest first, cursor-paginated; filters combine with AND; an unknown query parameter is 400 `unknown_query_parameter`.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{endpointId}/replays": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send events to an endpoint again
         * @description Queues a new delivery of one event, or of every event created in a time range that the endpoint subscribes to. Receivers de-duplicate on the event id in the body.
         */
        post: operations["replayWebhookEvents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{endpointId}/secret-rotations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate an endpoint's signing secret
         * @description Makes a new secret (shown once). The previous one stays valid for 24 hours: meanwhile every delivery carries a signature with each, so receivers can switch without missing one.
         */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List workflow versions
         * @description Every version of every product's workflow. Oldest first, cursor-paginated; filters combine with AND; an unknown query parameter is 400 `unknown_query_parameter`.
         */
        get: operations["listWorkflows"];
        put?: never;
        /**
         * Create a workflow version
         * @description Stores the product's next workflow version (1, 2, 3…) as a draft: its facts, its stages (each inside one application state, with an optional entry condition, an SLA and task templates routed to a queue and a role) and its standard underwriting conditions. Every expression is compiled with the rule engine; a definition with problems is 422 `invalid_workflow` with one `errors` entry per problem (JSON pointers into the body). A product the tenant does not have is 404.
         */
        post: operations["createWorkflow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/{workflowId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a workflow version */
        get: operations["getWorkflow"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/{workflowId}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a workflow version
         * @description Puts a draft in force for its product: from now on an application of the product that changes state enters the workflow's stage and gets its tasks. The version in force until now becomes `superseded`. Published and superseded versions never change: publishing one is 409 `version_immutable`; a draft older than the version in force is 409 `workflow_version_outdated`.
         */
        post: operations["publishWorkflow"];
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
        AchChangeOutcome: {
            /** @example C01 */
            changeCode: string;
            instrumentId: string | null;
            problem: string | null;
            traceNumber: string;
            updatedFields: string[];
        };
        AchFile: {
            /** @description The business date whose close built it */
            businessDate: string;
            createdAt: string;
            /**
             * @description ISO 4217 code of every amount in this object
             * @example USD
             */
            currency: string;
            /** @description When its debits settle: the next ACH business day */
            effectiveEntryDate: string;
            entryCount: number;
            /** @example achf_01JGFJJZ0000000000000000AB */
            id: string;
            /** @enum {string} */
            object: "ach_file";
            /** @enum {string} */
            secCode: "PPD" | "WEB";
            /**
             * Format: int64
             * @description Sum of its debits; integer minor units of `currency`
             */
            totalDebit: number;
        };
        AchFilePage: {
            data: components["schemas"]["AchFile"][];
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
        };
        AchReturnOutcome: {
            /** @description Autopay stopped: the R code says so, or 12 CFR 1041.8 forbids a further attempt */
            autopaySuspended: boolean;
            /** @description The debit it returns; null when no debit has that trace */
            entryId: string | null;
            instrumentDisabled: boolean;
            loanId: string | null;
            nsfFeeCharged: boolean;
            /** @description Why nothing was done (unknown trace, already returned) */
            problem: string | null;
            /** @description The re-presentment scheduled (R01/R09) */
            representmentId: string | null;
            /** @example R01 */
            returnCode: string;
            /** @description The payment reversal posted to the loan */
            reversalId: string | null;
            /** @description The original entry's trace number */
            traceNumber: string;
        };
        AchReturnsFile: {
            /** @description The returns/NOC file as the ODFI sent it: NACHA 94-character records (addenda 99 returns, 98 NOCs) */
            file: string;
        };
        AchReturnsResult: {
            changes: components["schemas"]["AchChangeOutcome"][];
            /** @enum {string} */
            object: "ach_returns";
            returns: components["schemas"]["AchReturnOutcome"][];
        };
        AdverseActionNotice: {
            /** @enum {string} */
            actionTaken: "credit_denied";
            applicantNames: string[];
            applicationId: string;
            citations: string[];
            creditor: components["schemas"]["NoticeParty"];
            /** @description The business date of the decline */
            decidedOn: string;
            deliveryMethod: string | null;
            /** @description The last day to send it: 30 days after the decline (12 CFR 1002.9(a)(1)(i)) */
            dueOn: string;
            ecoaNotice: {
                agency: components["schemas"]["NoticeParty"];
                statement: string;
            };
            /** @description FCRA § 615(a), when a credit score was used in the decision */
            fcraDisclosure: {
                agency: components["schemas"]["NoticeParty"];
                keyFactors: {
                    code: string;
                    description: string;
                }[];
                rangeHigh: number;
                rangeLow: number;
                score: number;
                scoredOn: string;
                source: string;
                statement: string;
            } | null;
            /** @enum {string} */
            object: "adverse_action_notice";
            /** @description At most four, most important first */
            principalReasons: {
                /** @description The decline's codes this statement covers */
                reasonCodes: string[];
                statement: string;
                statementId: string;
            }[];
            sentAt: string | null;
            /**
             * @description Sent, or due (overdue after `dueOn`)
             * @enum {string}
             */
            status: "due" | "overdue" | "sent";
        };
        AdverseActionNoticeDelivery: {
            /**
             * @description How the notice went out
             * @enum {string}
             */
            method: "mail" | "email" | "in_app";
            /**
             * Format: date-time
             * @description When it went out (default: now); not in the future
             */
            sentAt?: string;
        };
        /** @description For a decline when the version maps its reason codes; else null */
        AdverseActionReasons: {
            allReasons: {
                reasonCodes: string[];
                statement: string;
                statementId: string;
            }[];
            citation: {
                source: string;
                url?: string;
            };
            /** @description At most four, most important first */
            principalReasons: {
                reasonCodes: string[];
                statement: string;
                statementId: string;
            }[];
        } | null;
        Applicant: {
            /**
             * @description A party id: `pty_` then 26 Crockford base-32 characters
             * @example pty_01JGFJJZ0000000000000000AB
             */
            partyId: string;
            /**
             * @description Exactly one applicant is primary
             * @enum {string}
             */
            role: "primary" | "co_borrower" | "guarantor";
        };
        Application: {
            acceptedOfferId: string | null;
            /** @description What the state accepts now (other commands are 409 `illegal_transition`) */
            allowedCommands: ("submit" | "start_review" | "decide" | "approve" | "decline" | "offer" | "counter_offer" | "accept" | "start_closing" | "fund" | "withdraw" | "expire")[];
            /**
             * Format: int64
             * @description Requested amount; integer minor units of `currency` (cents for USD), at most 10000000000000
             * @example 2500000
             */
            amount?: number;
            applicants?: components["schemas"]["Applicant"][];
            /** @description Underwriters' approvals of a referral (four-eyes above the product's authority limit) */
            approvals: {
                /** @description When; UTC ISO 8601 instant */
                at: string;
                sub: string;
            }[];
            /** @description Declared assets; an empty list is an answer */
            assets?: components["schemas"]["DeclaredAsset"][];
            assignee: string | null;
            /**
             * @description web, branch, phone, partner…
             * @example web
             */
            channel?: string;
            collateral?: components["schemas"]["ApplicationCollateral"];
            consents?: components["schemas"]["ApplicationConsent"][];
            /** @description Created; UTC ISO 8601 instant */
            createdAt: string;
            createdBy: string;
            /**
             * @description ISO 4217 code of every amount in the request
             * @example USD
             */
            currency?: string;
            /** @description Declared debts; an empty list is an answer */
            debts?: components["schemas"]["DeclaredDebt"][];
            /** @description The credit decision, once decided */
            decisionId: string | null;
            /** @description Planned funding date, set when closing starts */
            fundingDate: string | null;
            /** @example app_01JGFJJZ0000000000000000AB */
            id: string;
            /** @description The loan it was funded into */
            loanId: string | null;
            /**
             * @description Requested term, in installments at the product's frequency
             * @example 60
             */
            numberOfPayments?: number;
            /** @enum {string} */
            object: "application";
            /**
             * @description A product id: `prd_` then 26 Crockford base-32 characters
             * @example prd_01JGFJJZ0000000000000000AB
             */
            productId?: string;
            /**
             * @description What the loan is for
             * @example vehicle_purchase
             */
            purpose?: string;
            /** @description The partner that referred the applicant */
            referringPartner?: string;
            state: components["schemas"]["ApplicationState"];
            /** @description Every state it has been in, oldest first */
            stateHistory: components["schemas"]["ApplicationStateVisit"][];
            /** @description Last changed; UTC ISO 8601 instant */
            updatedAt: string;
            /** @description Bumped by every change */
            version: number;
        };
        /** @description What secures the loan; `{ type: none }` for an unsecured loan */
        ApplicationCollateral: {
            /** @description Make */
            make?: string;
            mileage?: number;
            /** @description Model */
            model?: string;
            /** @enum {string} */
            type: "vehicle";
            /**
             * Format: int64
             * @description The vehicle's value; integer minor units of `currency` (cents for USD), at most 10000000000000
             * @example 125000
             */
            value?: number;
            /**
             * @description 17 characters with a valid check digit
             * @example 1M8GDM9AXKP042788
             */
            vin?: string;
            year?: number;
        } | {
            address?: components["schemas"]["CollateralAddress"];
            /**
             * Format: int64
             * @description The appraised value; integer minor units of `currency` (cents for USD), at most 10000000000000
             * @example 125000
             */
            appraisedValue?: number;
            /** @enum {string} */
            occupancy?: "primary_residence" | "second_home" | "investment";
            /** @description single_family, condo, multi_family, manufactured… */
            propertyType?: string;
            /** @enum {string} */
            type: "real_estate";
        } | {
            /** @enum {string} */
            type: "none";
        };
        ApplicationConsent: {
            /**
             * @description UTC instant the applicant agreed
             * @example 2026-03-02T14:05:00Z
             */
            acceptedAt: string;
            /**
             * @description Version of the disclosure text the applicant saw
             * @example 2026-01
             */
            disclosureVersion: string;
            /**
             * @description IPv4 or IPv6 address it came from
             * @example 203.0.113.7
             */
            ipAddress: string;
            /**
             * @description A party id: `pty_` then 26 Crockford base-32 characters
             * @example pty_01JGFJJZ0000000000000000AB
             */
            partyId: string;
            /** @enum {string} */
            type: "credit_report" | "electronic_records";
        };
        ApplicationCreate: {
            /**
             * Format: int64
             * @description Requested amount; integer minor units of `currency` (cents for USD), at most 10000000000000
             * @example 2500000
             */
            amount?: number;
            applicants?: components["schemas"]["Applicant"][];
            /** @description Declared assets; an empty list is an answer */
            assets?: components["schemas"]["DeclaredAsset"][];
            /** @description Who works the application */
            assignee?: string;
            /**
             * @description web, branch, phone, partner…
             * @example web
             */
            channel?: string;
            collateral?: components["schemas"]["ApplicationCollateral"];
            consents?: components["schemas"]["ApplicationConsent"][];
            /**
             * @description ISO 4217 code of every amount in the request
             * @example USD
             */
            currency?: string;
            /** @description Declared debts; an empty list is an answer */
            debts?: components["schemas"]["DeclaredDebt"][];
            /**
             * @description Requested term, in installments at the product's frequency
             * @example 60
             */
            numberOfPayments?: number;
            /**
             * @description A product id: `prd_` then 26 Crockford base-32 characters
             * @example prd_01JGFJJZ0000000000000000AB
             */
            productId?: string;
            /**
             * @description What the loan is for
             * @example vehicle_purchase
             */
            purpose?: string;
            /** @description The partner that referred the applicant */
            referringPartner?: string;
        };
        ApplicationDecisionInput: {
            /**
             * @description Facts the application cannot supply (a bureau score, say). The application supplies `requestedAmount`, `numberOfPayments`, `proposedPayment`, `collateralValue`, `ltvPercent`, `monthlyDebtPayments`, `monthlyIncome` and `dtiPercent` for the inputs the rule set declares; a fact given here wins.
             * @example {
             *       "creditScore": 712,
             *       "state": "CA"
             *     }
             */
            facts?: {
                [key: string]: unknown;
            };
            /**
             * @description A rule set id: `rls_` then 26 Crockford base-32 characters
             * @example rls_01JGFJJZ0000000000000000AB
             */
            ruleSetId: string;
            /** @description Default the newest published */
            version?: number;
        };
        ApplicationDeclineInput: {
            /** @description Why */
            note?: string;
            reasonCodes: string[];
        };
        ApplicationPage: {
            data: components["schemas"]["Application"][];
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @description draft → submitted → in_review → approved | declined | referred → offered → accepted → closing → funded; withdrawn and expired from the states that allow them
         * @enum {string}
         */
        ApplicationState: "draft" | "submitted" | "in_review" | "approved" | "declined" | "referred" | "offered" | "accepted" | "closing" | "funded" | "withdrawn" | "expired";
        ApplicationStateVisit: {
            /** @description Token subject that moved it there */
            by: string;
            /** @description When it entered the state; UTC ISO 8601 instant */
            enteredAt: string;
            state: components["schemas"]["ApplicationState"];
        };
        ApplicationUpdate: {
            /**
             * Format: int64
             * @description Requested amount; integer minor units of `currency` (cents for USD), at most 10000000000000
             * @example 2500000
             */
            amount?: number;
            applicants?: components["schemas"]["Applicant"][];
            /** @description Declared assets; an empty list is an answer */
            assets?: components["schemas"]["DeclaredAsset"][];
            /** @description Who works the application */
            assignee?: string;
            /**
             * @description web, branch, phone, partner…
             * @example web
             */
            channel?: string;
            collateral?: components["schemas"]["ApplicationCollateral"];
            consents?: components["schemas"]["ApplicationConsent"][];
            /**
             * @description ISO 4217 code of every amount in the request
             * @example USD
             */
            currency?: string;
            /** @description Declared debts; an empty list is an answer */
            debts?: components["schemas"]["DeclaredDebt"][];
            /**
             * @description Requested term, in installments at the product's frequency
             * @example 60
             */
            numberOfPayments?: number;
            /**
             * @description A product id: `prd_` then 26 Crockford base-32 characters
             * @example prd_01JGFJJZ0000000000000000AB
             */
            productId?: string;
            /**
             * @description What the loan is for
             * @example vehicle_purchase
             */
            purpose?: string;
            /** @description The partner that referred the applicant */
            referringPartner?: string;
        };
        AuditRecord: {
            /** @example product.created */
            action: string;
            /** @description Subject of the token that made the change */
            actor: string;
            details: {
                [key: string]: unknown;
            };
            /** @description SHA-256 (hex) over this record's fields and previousHash */
            hash: string | null;
            /** @example aud_01JGFJJZ0000000000000000AB */
            id: string;
            /** @description When the change was made (ISO 8601, UTC) */
            occurredAt: string;
            /** @description SHA-256 (hex) of the previous record of the tenant */
            previousHash: string | null;
            requestId: string;
            resourceId: string;
            /** @example product */
            resourceType: string;
            /** @description Position in the tenant's hash chain; null for records older than the chain */
            sequence: number | null;
        };
        AuditRecordPage: {
            data: components["schemas"]["AuditRecord"][];
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
        };
        Autopay: {
            /**
             * Format: int64
             * @description For `fixed`: the amount of each debit; integer minor units of `currency`
             */
            amount: number | null;
            /** @enum {string} */
            amountKind: "installment_due" | "fixed" | "full_balance";
            authorization: components["schemas"]["AutopayAuthorization"];
            cancelledAt: string | null;
            createdAt: string;
            /**
             * @description ISO 4217 code of every amount in this object
             * @example USD
             */
            currency: string;
            daysBeforeDue: number;
            /** @example apy_01JGFJJZ0000000000000000AB */
            id: string;
            instrumentId: string;
            loanId: string;
            /** @enum {string} */
            object: "autopay";
            /**
             * @description `suspended`: attempts stopped (two consecutive insufficient-funds failures under 12 CFR 1041.8, or the instrument was disabled); enroll again with a new authorization
             * @enum {string}
             */
            status: "active" | "suspended" | "cancelled";
            statusReason: string | null;
            updatedAt: string;
        };
        /** @description The borrower's authorization of recurring debits (Regulation E 12 CFR 1005.10(b); NACHA) */
        AutopayAuthorization: {
            /**
             * Format: date-time
             * @description When the borrower agreed (ISO 8601)
             * @example 2026-12-03T15:04:05Z
             */
            authorizedAt: string;
            /**
             * @description The borrower's IP address when they agreed (IPv4 or IPv6)
             * @example 203.0.113.7
             */
            ipAddress: string;
            /**
             * @description Which version of the authorization text the borrower agreed to
             * @example ach-autopay-2026-01
             */
            textVersion: string;
        };
        AutopayEnrollment: {
            /**
             * Format: int64
             * @description For `fixed`: the amount of each debit; integer minor units of `currency` (cents for USD), at most 10000000000000
             * @example 125000
             */
            amount?: number;
            /**
             * @description What each debit is: the installment then due, `amount` every time, or the payoff amount
             * @enum {string}
             */
            amountKind: "installment_due" | "fixed" | "full_balance";
            authorization: components["schemas"]["AutopayAuthorization"];
            /**
             * @description ISO 4217 code of every amount in the request
             * @example USD
             */
            currency?: string;
            /**
             * @description Debit this many days before each due date (0: on it)
             * @example 3
             */
            daysBeforeDue: number;
            /**
             * @description A payment instrument id: `pmi_` then 26 Crockford base-32 characters
             * @example pmi_01JGFJJZ0000000000000000AB
             */
            instrumentId: string;
        };
        BankAccountCreate: {
            /**
             * @description 4 to 17 digits; stored encrypted, shown masked
             * @example 000123456789
             */
            accountNumber: string;
            /** @enum {string} */
            accountType: "checking" | "savings";
            /**
             * @description Name on the account
             * @example Ada Lovelace
             */
            holderName: string;
            /**
             * @description Nine-digit ABA routing number; its check digit is verified (422 `routing_number_checksum`)
             * @example 021000021
             */
            routingNumber: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "bank_account";
        };
        BeneficialOwner: {
            /**
             * @description Share owned, percent as a decimal string (25 to 100)
             * @example 50
             */
            ownershipPercent: string;
            /**
             * @description A party id: `pty_` then 26 Crockford base-32 characters
             * @example pty_01JGFJJZ0000000000000000AB
             */
            partyId: string;
        };
        BoardLoanRequest: {
            /**
             * Format: int64
             * @description Requested principal (a financed fee is added to it); integer minor units of `currency` (cents for USD), at most 10000000000000
             * @example 1000000
             */
            amount: number;
            /** @description The lender's id of the borrower */
            borrowerReference?: string;
            /**
             * @description ISO 4217 code of every amount in the request
             * @example USD
             */
            currency: string;
            /**
             * @description The credit decision the loan is boarded on (`POST /v1/decisions`): it must exist in the tenant and not be a decline. Quotes are computed, not stored, so a loan links to its decision only.
             * @example dec_01JGFJJZ0000000000000000AB
             */
            decisionId?: string;
            /**
             * @description Day the loan is disbursed (YYYY-MM-DD, 1900-01-01 to 2199-12-31)
             * @example 2026-01-01
             */
            disbursementDate: string;
            /** @description The lender's own id for the loan (e.g. from the book being migrated); unique in the tenant: a second loan with it is 409 `duplicate_external_reference` naming the first in `existingId` */
            externalReference?: string;
            /**
             * @description First due date; default one period after disbursement (YYYY-MM-DD, 1900-01-01 to 2199-12-31)
             * @example 2026-02-01
             */
            firstPaymentDate?: string;
            /** @description Default the product's */
            frequency?: ("weekly" | "biweekly" | "semi-monthly" | "monthly" | "quarterly" | "yearly") | string;
            /**
             * Format: int64
             * @description First tranche; default the whole principal (post the rest to …/disbursements); integer minor units of `currency` (cents for USD), at most 10000000000000
             * @example 400000
             */
            initialDisbursement?: number;
            /**
             * @description Installments; default the product's
             * @example 36
             */
            numberOfPayments?: number;
            /**
             * @description A product id: `prd_` then 26 Crockford base-32 characters
             * @example prd_01JGFJJZ0000000000000000AB
             */
            productId: string;
            /** @description Product version; default the current one */
            productVersion?: number;
            /**
             * @description Nominal annual rate, percent a year as a decimal string
             * @example 12
             */
            ratePercent?: string;
        };
        BusinessParty: {
            addresses: components["schemas"]["PartyAddress"][];
            /** @description Individuals owning 25% or more (CDD rule, 31 CFR 1010.230): at most four, linked by party id */
            beneficialOwners: components["schemas"]["BeneficialOwner"][];
            controlPerson: components["schemas"]["ControlPerson"];
            createdAt: string;
            dbaName: string | null;
            /** @description `first last` for a person, the legal name for a business */
            displayName: string;
            emails: components["schemas"]["PartyEmail"][];
            /** @enum {string} */
            entityType: "sole-proprietorship" | "partnership" | "llc" | "c-corporation" | "s-corporation" | "nonprofit" | "trust" | "other";
            formationDate: string;
            formationState: string;
            hold: components["schemas"]["PartyHold"];
            /** @example pty_01JGFJJZ0000000000000000AB */
            id: string;
            legalName: string;
            naicsCode: string | null;
            /** @enum {string} */
            object: "party";
            /** @description Other names the party is known by */
            otherNames: string[];
            phones: components["schemas"]["PartyPhone"][];
            /** @description Whether `taxId` (and `dateOfBirth`) are shown in full: only to tokens with `pii:read`, on get and list */
            piiRevealed: boolean;
            /**
             * @description Masked (`***-**-6789`, EIN `**-***6789`) unless `piiRevealed`
             * @example ***-**-6789
             */
            taxId: string;
            /** @enum {string} */
            taxIdType: "ein";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "business";
            updatedAt: string;
        };
        BusinessPartyCreate: {
            addresses: components["schemas"]["PartyAddress"][];
            /** @description Individuals owning 25% or more (CDD rule, 31 CFR 1010.230): at most four, linked by party id */
            beneficialOwners: components["schemas"]["BeneficialOwner"][];
            controlPerson: components["schemas"]["ControlPerson"];
            /** @description Doing-business-as name */
            dbaName?: string;
            emails?: components["schemas"]["PartyEmail"][];
            /** @enum {string} */
            entityType: "sole-proprietorship" | "partnership" | "llc" | "c-corporation" | "s-corporation" | "nonprofit" | "trust" | "other";
            /**
             * Format: date
             * @description When the entity was formed; YYYY-MM-DD
             * @example 2015-01-20
             */
            formationDate: string;
            /**
             * @description USPS code of the state of formation
             * @example DE
             */
            formationState: string;
            /**
             * @description Legal name
             * @example Analytical Engines LLC
             */
            legalName: string;
            /**
             * @description NAICS code, 2 to 6 digits
             * @example 522291
             */
            naicsCode?: string;
            /** @description Other names the party is known by (aliases, former names); screened for sanctions too */
            otherNames?: string[];
            phones?: components["schemas"]["PartyPhone"][];
            /**
             * @description The nine digits, dashes optional: NNN-NN-NNNN for an SSN or ITIN, NN-NNNNNNN for an EIN
             * @example 123-45-6789
             */
            taxId: string;
            /** @enum {string} */
            taxIdType: "ein";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "business";
        };
        CardCreate: {
            /**
             * @description Name on the account
             * @example Ada Lovelace
             */
            holderName?: string;
            /**
             * @description The processor's token for the card (letters, digits, `_ - : .`). A card number (13 to 19 digits) is refused with 422 `card_number_refused`: no card number may reach Lendstack
             * @example tok_sandbox_visa
             */
            processorToken: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "card";
        };
        ChargeOffRequest: {
            /**
             * @description Business date the event takes effect; may be in the past (YYYY-MM-DD, 1900-01-01 to 2199-12-31)
             * @example 2026-02-01
             */
            effectiveDate: string;
        };
        CloseRun: {
            businessDate: string;
            failures: {
                code: string;
                loanId: string;
                message: string;
            }[];
            finishedAt: string | null;
            /** @example cr_01JGFJJZ0000000000000000AB */
            id: string;
            loansClosed: number;
            loansFailed: number;
            /** @description Loans still to close: counted live while the run is running; once finished, the loans a payment held through every pass (the next close retries them) */
            loansPending: number;
            /** @description Loans closed per second since the run started (or until it finished) */
            loansPerSecond: number;
            /** @enum {string} */
            object: "close_run";
            startedAt: string;
            status: components["schemas"]["CloseRunStatus"];
            /**
             * @description What started the close
             * @enum {string}
             */
            trigger: "schedule" | "test_clock" | "cli";
        };
        CloseRunPage: {
            data: components["schemas"]["CloseRun"][];
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @description completed_with_failures: some loans could not be closed (listed)
         * @enum {string}
         */
        CloseRunStatus: "running" | "succeeded" | "completed_with_failures";
        CollateralAddress: {
            /** @description City */
            city?: string;
            /** @description ISO 3166-1 alpha-2 */
            country?: string;
            /** @description Street address */
            line1?: string;
            /** @description Apartment, suite, unit */
            line2?: string;
            /** @description ZIP or postal code */
            postalCode?: string;
            /** @description State or region */
            region?: string;
        };
        Condition: {
            applicationId: string;
            description: string;
            /** @example cnd_01JGFJJZ0000000000000000AB */
            id: string;
            kind: components["schemas"]["ConditionKind"];
            /** @enum {string} */
            object: "condition";
            /** @description When it was raised; UTC ISO 8601 instant */
            raisedAt: string;
            /** @description Token subject that raised it (or moved the application) */
            raisedBy: string;
            /** @description When it was cleared or waived; UTC ISO 8601 instant */
            resolvedAt: string | null;
            resolvedBy: string | null;
            status: components["schemas"]["ConditionStatus"];
            /** @description The workflow's condition template */
            templateId: string | null;
            waiverReason: string | null;
            /** @description The workflow whose template raised it */
            workflowId: string | null;
        };
        ConditionInput: {
            /** @description Without a template: what must be met */
            description?: string;
            kind?: components["schemas"]["ConditionKind"] & unknown;
            /** @description One of the product's published workflow's condition templates */
            templateId?: string;
        };
        /**
         * @description prior_to_approval: resolve before an approval; prior_to_closing: resolve before funding
         * @enum {string}
         */
        ConditionKind: "prior_to_approval" | "prior_to_closing";
        ConditionPage: {
            data: components["schemas"]["Condition"][];
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @description open: still to be met; cleared: met; waived: set aside with a reason
         * @enum {string}
         */
        ConditionStatus: "open" | "cleared" | "waived";
        ConditionWaiver: {
            /** @description Why it is set aside */
            reason: string;
        };
        /** @description The one individual with significant control (CDD rule) */
        ControlPerson: {
            /**
             * @description A party id: `pty_` then 26 Crockford base-32 characters
             * @example pty_01JGFJJZ0000000000000000AB
             */
            partyId: string;
            /**
             * @description Role, e.g. CEO
             * @example CEO
             */
            title: string;
        };
        CounterOfferInput: {
            /**
             * Format: int64
             * @description The amount offered instead; integer minor units of `currency` (cents for USD), at most 10000000000000
             * @example 125000
             */
            amount?: number;
            /**
             * @description The term offered instead
             * @example 48
             */
            numberOfPayments?: number;
            /**
             * @description The rate offered instead, percent a year
             * @example 9.49
             */
            ratePercent?: string;
        };
        CreatedBusinessParty: components["schemas"]["BusinessParty"] & {
            /**
             * @description Ids of parties with the same folded name and date of birth. Not refused: two people can share both, so a person decides
             * @example []
             */
            possibleDuplicates: string[];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "business";
        };
        CreatedIndividualParty: components["schemas"]["IndividualParty"] & {
            /**
             * @description Ids of parties with the same folded name and date of birth. Not refused: two people can share both, so a person decides
             * @example []
             */
            possibleDuplicates: string[];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "individual";
        };
        CreatedParty: components["schemas"]["CreatedIndividualParty"] | components["schemas"]["CreatedBusinessParty"];
        CurrencyPortfolio: {
            buckets: {
                loanCount: number;
                /** @example 31-60 */
                name: string;
                /**
                 * Format: int64
                 * @description Principal outstanding; integer minor units of `currency`
                 */
                principal: number;
                /**
                 * Format: int64
                 * @description Principal, interest, fees and penalties outstanding; integer minor units of `currency`
                 */
                total: number;
            }[];
            /**
             * @description ISO 4217 code of every amount in this object
             * @example USD
             */
            currency: string;
            /** @description Active loans (money owed, on the books) */
            loanCount: number;
            nonPerforming: {
                loanCount: number;
                /**
                 * Format: int64
                 * @description Principal of non-performing loans; integer minor units of `currency`
                 */
                principal: number;
                /**
                 * @description Their share of all principal outstanding: a fraction as a decimal string, 6 places
                 * @example 0.083333
                 */
                ratio: string;
            };
            outstanding: components["schemas"]["PortfolioOutstanding"];
            par: {
                /**
                 * @description Loans at least this many days past due
                 * @example 30
                 */
                days: number;
                loanCount: number;
                /**
                 * Format: int64
                 * @description Their principal outstanding; integer minor units of `currency`
                 */
                principal: number;
                /**
                 * @description Their share of all principal outstanding: a fraction as a decimal string, 6 places
                 * @example 0.083333
                 */
                ratio: string;
            }[];
        };
        Decision: {
            adverseAction: components["schemas"]["AdverseActionReasons"];
            /** @description The compliance checks behind the rules and rows that fired, each once */
            complianceChecks: components["schemas"]["FiredComplianceCheck"][];
            /** @description UTC ISO 8601 instant */
            createdAt: string;
            createdBy: string;
            /** @enum {string} */
            decision: "approve" | "refer" | "decline";
            /** @description The facts as sent */
            facts: {
                [key: string]: unknown;
            };
            /** @description Content hash of that version's document */
            hash: string;
            /** @example dec_01JGFJJZ0000000000000000AB */
            id: string;
            /** @description Declared outputs: integers as numbers (minor units), decimals as strings, lists as arrays */
            outputs: {
                [key: string]: unknown;
            };
            /** @description In firing order, without duplicates */
            reasonCodes: string[];
            ruleSetId: string;
            ruleSetKey: string;
            /** @description Each scorecard the rule set declares */
            scorecards: components["schemas"]["ScorecardOutcome"][];
            /** @description Every rule and table row that fired, in order */
            trace: components["schemas"]["TraceEntry"][];
            /** @description The published version that decided */
            version: number;
        };
        DecisionInput: {
            /**
             * @description One value per declared input: numbers as JSON numbers (money in minor units), decimals as strings, dates YYYY-MM-DD. Only the version's declared inputs: any other name is 422 `undeclared_fact` (refused, not dropped). Strings up to 10,000 characters, lists up to 1,000 items, nesting up to 32 levels.
             * @example {
             *       "creditScore": 712,
             *       "monthlyIncome": 650000,
             *       "state": "CA"
             *     }
             */
            facts: {
                [key: string]: unknown;
            };
            /**
             * @description A rule set id: `rls_` then 26 Crockford base-32 characters
             * @example rls_01JGFJJZ0000000000000000AB
             */
            ruleSetId: string;
            /** @description A published version; default the newest published */
            version?: number;
        };
        DecisionPage: {
            data: components["schemas"]["Decision"][];
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
        };
        DeclaredAsset: {
            /** @description What it is */
            description?: string;
            /**
             * @description checking, savings, retirement, brokerage, other
             * @example checking
             */
            kind?: string;
            /**
             * Format: int64
             * @description Value; integer minor units of `currency` (cents for USD), at most 10000000000000
             * @example 125000
             */
            value?: number;
        };
        DeclaredDebt: {
            /**
             * Format: int64
             * @description Outstanding balance; integer minor units of `currency` (cents for USD), at most 10000000000000
             * @example 125000
             */
            balance?: number;
            /** @description Who is owed */
            creditor?: string;
            /**
             * @description auto, mortgage, credit_card, student, personal, other
             * @example auto
             */
            kind?: string;
            /**
             * Format: int64
             * @description Monthly payment; integer minor units of `currency` (cents for USD), at most 10000000000000
             * @example 125000
             */
            monthlyPayment?: number;
        };
        DeletedWebhookEndpoint: {
            /** @enum {boolean} */
            deleted: true;
            id: string;
            /** @enum {string} */
            object: "webhook_endpoint";
        };
        Disbursement: {
            /**
             * Format: int64
             * @description Paid out; integer minor units of `currency`
             */
            amount: number;
            applicationId: string;
            /** @description Created; UTC ISO 8601 instant */
            createdAt: string;
            /**
             * @description ISO 4217 code of every amount in this object
             * @example USD
             */
            currency: string;
            failureReason: string | null;
            /** @example dsi_01JGFJJZ0000000000000000AB */
            id: string;
            loanId: string;
            /** @enum {string} */
            method: "ach" | "wire" | "check" | "merchant_settlement";
            /** @enum {string} */
            object: "disbursement";
            payeeName: string;
            payeeReference: string | null;
            /** @enum {string} */
            status: "pending" | "sent" | "settled" | "failed";
            /** @description Last changed; UTC ISO 8601 instant */
            updatedAt: string;
        };
        DisbursementRequest: {
            /**
             * Format: int64
             * @description Tranche; all tranches together at most the principal; integer minor units of `currency` (cents for USD), at most 10000000000000
             * @example 400000
             */
            amount: number;
            /**
             * @description ISO 4217 code of every amount in the request
             * @example USD
             */
            currency: string;
            /**
             * @description Business date the event takes effect; may be in the past (YYYY-MM-DD, 1900-01-01 to 2199-12-31)
             * @example 2026-02-01
             */
            effectiveDate: string;
        };
        DisbursementStatusInput: {
            /** @description Why it failed */
            failureReason?: string;
            /** @enum {string} */
            status: "sent" | "settled" | "failed";
        };
        Document: {
            applicationId: string | null;
            /** @description Sniffed from the bytes and equal to the declared type */
            contentType: string;
            /** @description When it was uploaded; UTC ISO 8601 instant */
            createdAt: string;
            /**
             * @description As uploaded, without any path
             * @example pay-stub-2025-02.pdf
             */
            fileName: string;
            /** @example doc_01JGFJJZ0000000000000000AB */
            id: string;
            loanId: string | null;
            /** @enum {string} */
            object: "document";
            ownerType: components["schemas"]["DocumentOwnerType"];
            partyId: string | null;
            rejectionReason: string | null;
            /** @description When it was accepted or rejected; UTC ISO 8601 instant */
            reviewedAt: string | null;
            reviewedBy: string | null;
            /** @description Lowercase hex SHA-256 of the bytes; the download's ETag */
            sha256: string;
            /** @description Bytes */
            size: number;
            status: components["schemas"]["DocumentStatus"];
            /** @description The version that replaced this one, if any */
            supersededBy: string | null;
            /** @description The version this one replaced */
            supersedes: string | null;
            type: components["schemas"]["DocumentType"];
            /** @description Token subject that uploaded it */
            uploadedBy: string;
            /** @description 1 for a first upload; each superseding upload adds 1 */
            version: number;
            /** @description Get only: every earlier version, oldest first (empty on lists) */
            versions: components["schemas"]["DocumentVersion"][];
        };
        DocumentJsonUpload: {
            /**
             * @description The application it belongs to
             * @example app_01JGFJJZ0000000000000000AB
             */
            applicationId?: string;
            /** @description The file's bytes, base64 (bounded by the request body limit, 1 MiB by default) */
            content: string;
            /**
             * @description The declared content type
             * @example image/png
             */
            contentType: string;
            /**
             * @description The file's name, without a path
             * @example id-card.png
             */
            fileName: string;
            /**
             * @description The loan it belongs to
             * @example loan_01JGFJJZ0000000000000000AB
             */
            loanId?: string;
            /**
             * @description The party it belongs to (exactly one owner)
             * @example pty_01JGFJJZ0000000000000000AB
             */
            partyId?: string;
            /**
             * @description The document this upload is a new version of (same owner and type; the latest version)
             * @example doc_01JGFJJZ0000000000000000AB
             */
            supersedes?: string;
            type: components["schemas"]["DocumentType"];
        };
        /** @enum {string} */
        DocumentOwnerType: "party" | "application" | "loan";
        DocumentPage: {
            data: components["schemas"]["Document"][];
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
        };
        DocumentRejection: {
            /** @description Why it is not acceptable */
            reason: string;
        };
        /**
         * @description pending_review: uploaded, not yet reviewed; accepted or rejected by a reviewer
         * @enum {string}
         */
        DocumentStatus: "pending_review" | "accepted" | "rejected";
        /**
         * @description What the document is: pay stub, bank statement, tax return, government ID, …
         * @enum {string}
         */
        DocumentType: "pay_stub" | "bank_statement" | "tax_return" | "government_id" | "proof_of_address" | "proof_of_insurance" | "appraisal" | "title" | "signed_agreement" | "disclosure" | "other";
        DocumentVersion: {
            contentType: string;
            /** @description When it was uploaded; UTC ISO 8601 instant */
            createdAt: string;
            fileName: string;
            id: string;
            sha256: string;
            /** @description Bytes */
            size: number;
            status: components["schemas"]["DocumentStatus"];
            version: number;
        };
        /**
         * @description An error code with a fixed HTTP status (the server's code → status table)
         * @enum {string}
         */
        ErrorCode: "adverse_action_notice_sent" | "already_approved" | "already_reversed" | "amount_out_of_range" | "application_not_declined" | "application_not_editable" | "approval_complete" | "bad_request" | "condition_not_open" | "conditions_open" | "conflict" | "content_type_mismatch" | "content_type_not_allowed" | "corrupt_record" | "database_unavailable" | "document_not_pending" | "document_superseded" | "duplicate_external_reference" | "duplicate_party" | "idempotency_key_required" | "idempotency_key_reused" | "idempotency_request_in_progress" | "illegal_disbursement_status" | "illegal_transition" | "insufficient_scope" | "internal_error" | "invalid_cursor" | "invalid_date_range" | "invalid_idempotency_key" | "invalid_product" | "invalid_token" | "invalid_token_claims" | "loan_charged_off" | "loan_closed" | "loan_not_charged_off" | "loan_version_conflict" | "malformed_json" | "malformed_multipart" | "method_not_allowed" | "missing_tenant" | "missing_token" | "no_draft" | "not_a_sandbox" | "not_found" | "not_task_assignee" | "offer_already_accepted" | "offer_expired" | "offer_void" | "own_referral" | "payload_too_large" | "product_archived" | "rate_limited" | "request_header_fields_too_large" | "request_timeout" | "rule_set_exists" | "rule_set_not_published" | "rule_set_version_not_published" | "sanctions_list_not_loaded" | "screening_hit_reviewed" | "service_unavailable" | "snapshot_missing" | "task_claimed" | "task_completed" | "task_role_mismatch" | "token_expired" | "too_many_parts" | "undeclared_fact" | "unknown_query_parameter" | "unsafe_file_name" | "unsafe_integer" | "unsupported_media_type" | "validation_failed" | "version_immutable" | "workflow_version_outdated";
        Event: {
            /**
             * @description The tenant's business date of the change
             * @example 2026-03-31
             */
            businessDate: string;
            /** @description When the change committed (ISO 8601, UTC) */
            createdAt: string;
            /** @description The resource as the API rendered it right after the change */
            data: {
                [key: string]: unknown;
            };
            /** @example evt_01JGFJJZ0000000000000000AB */
            id: string;
            /** @enum {string} */
            object: "event";
            /** @description The request that made the change; null for background work such as the daily close */
            requestId: string | null;
            resourceId: string;
            /** @example loan */
            resourceType: string;
            type: components["schemas"]["EventType"];
        };
        EventPage: {
            data: components["schemas"]["Event"][];
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @description What happened. `product.created`: A product was created (data: the product). `product.updated`: A product's definition was replaced by a new version (data: the product). `product.archived`: A product was archived and offers no new loans (data: the product). `rule_set.created`: A rule set was created with its first draft (data: the rule set). `rule_set.draft_updated`: A rule set's draft was replaced (data: the rule set). `rule_set.version_published`: A rule set version was published (data: the version). `decision.made`: A credit decision was made (data: the decision). `party.created`: A party was created (data: the party, PII masked, and its possible duplicates). `party.updated`: A party was changed (data: the party after it, PII masked). `payment_instrument.created`: A bank account or card token was added to a party (data: the instrument, account number masked). `payment_instrument.disabled`: A payment instrument was disabled, on request or by an ACH return (data: the instrument, masked). `application.created`: An application was started as a draft (data: the application). `application.updated`: A draft application was changed (data: the application). `application.submitted`: An application was submitted (data: the application). `application.withdrawn`: An application was withdrawn (data: the application). `application.expired`: The daily close expired an offered application whose every offer had lapsed (data: the application). `application.decided`: An application was decided by a rule set: approved (and offered), referred or declined (data: the application). `application.approved`: An underwriter approved a referred application; the final approval makes the offers (data: the application). `application.declined`: An underwriter declined a referred application (data: the application). `application.adverse_action_notice_sent`: A declined application's adverse-action notice was recorded as sent (data: the notice). `application.closing_started`: An accepted application entered closing (data: the application). `application.funded`: An application was funded into a loan (data: the application, loan id and disbursement). `offer.accepted`: An offer was accepted; the others are void (data: the application). `offer.countered`: A counter-offer replaced an offer (data: the application). `disbursement.updated`: A disbursement was sent, settled or failed (data: the disbursement). `loan.boarded`: A loan was boarded (data: the loan). `loan.payment_posted`: A payment was posted to a loan (data: the change and the loan after it). `loan.payment_reversed`: A payment was reversed (data: the change and the loan after it). `loan.fee_charged`: A fee was charged (data: the change and the loan after it). `loan.fee_waived`: A fee was waived (data: the change and the loan after it). `loan.rescheduled`: A loan was rescheduled on new terms (data: the change and the loan after it). `loan.payment_holiday_granted`: Installments were deferred (data: the change and the loan after it). `loan.charged_off`: A loan was charged off (data: the change and the loan after it). `loan.credit_refunded`: A credit balance was refunded (data: the change and the loan after it). `loan.recovery_posted`: A recovery was posted on a charged-off loan (data: the change and the loan after it). `loan.written_off`: An amount was written off (data: the change and the loan after it). `loan.rate_changed`: A loan's interest rate changed (data: the change and the loan after it). `loan.tranche_disbursed`: A further tranche was disbursed (data: the change and the loan after it). `autopay.enrolled`: A loan was enrolled in autopay under a recorded authorization (data: the enrollment). `autopay.cancelled`: A loan's autopay was cancelled (data: the enrollment). `autopay.suspended`: Autopay stopped by Lendstack: its instrument was disabled, an ACH return said so, or 12 CFR 1041.8 forbids a further attempt (data: the enrollment). `payment_instrument.updated`: A notification of change corrected a payment instrument (data: the instrument, account number masked). `ach_file.created`: The daily close originated a NACHA file of autopay debits (data: the file, without its text). `ach_entry.initiated`: An autopay debit was sent in an ACH file and its payment posted to the loan (data: the debit). `ach_entry.returned`: An ACH debit came back with an R code; its payment was reversed (data: the debit). `loan.installment_due`: The daily close found an installment falling due that day (data: the loan's figures and the installment). `loan.late_fee_assessed`: The daily close assessed a late fee (data: the loan's figures and the fee). `loan.delinquency_changed`: The daily close moved a loan to another delinquency bucket (data: the loan's figures and `previousDelinquencyBucket`). `loan.non_performing`: The daily close found a loan newly non-performing (data: the loan's figures). `loan.paid_off`: The daily close found a loan paid off (data: the loan's figures). `workflow.created`: A product's next workflow version was created as a draft (data: the workflow version). `workflow.published`: A workflow version was put in force for its product; the version before it is superseded (data: the version). `condition.raised`: An underwriting condition was raised on an application, by hand or from its workflow when it entered a stage (data: the condition). `condition.cleared`: An underwriting condition was met (data: the condition). `condition.waived`: An underwriting condition was set aside with a reason (data: the condition). `document.uploaded`: A document was uploaded for a party, application or loan, possibly as a new version (data: the document). `document.accepted`: A reviewer accepted a document (data: the document). `document.rejected`: A reviewer rejected a document, with a reason (data: the document). `task.created`: An application entered a workflow stage and the stage made a task, recorded with the application's change (data: the task). `task.claimed`: Someone claimed a task (data: the task). `task.completed`: A task's assignee completed it with an outcome (data: the task). `task.reassigned`: A manager gave a task to someone else (data: the task). `party.held`: A party was put on hold: a sanctions screening raised a hit against it (data: the party, PII masked). `party.released`: A party's hold was lifted: none of its sanctions hits is open or confirmed any more (data: the party, PII masked). `screening.completed`: A party was screened against the sanctions list, by a request, a new list's load or an application's submission (data: the screening with its hits). `screening_hit.raised`: A screening found a party's name matching a sanctions list entry; a review task was created (data: the hit). `screening_hit.cleared`: A reviewer found a sanctions hit a false positive (data: the hit). `screening_hit.confirmed`: A reviewer confirmed a sanctions hit: the party is the listed entry (data: the hit). `identity_check.completed`: A party's identity was verified: pass, fail or review (data: the identity check). `webhook_endpoint.disabled`: Lendstack disabled a webhook endpoint because every delivery to it failed for 3 days (data: the endpoint).
         * @enum {string}
         */
        EventType: "product.created" | "product.updated" | "product.archived" | "rule_set.created" | "rule_set.draft_updated" | "rule_set.version_published" | "decision.made" | "party.created" | "party.updated" | "payment_instrument.created" | "payment_instrument.disabled" | "application.created" | "application.updated" | "application.submitted" | "application.withdrawn" | "application.expired" | "application.decided" | "application.approved" | "application.declined" | "application.adverse_action_notice_sent" | "application.closing_started" | "application.funded" | "offer.accepted" | "offer.countered" | "disbursement.updated" | "loan.boarded" | "loan.payment_posted" | "loan.payment_reversed" | "loan.fee_charged" | "loan.fee_waived" | "loan.rescheduled" | "loan.payment_holiday_granted" | "loan.charged_off" | "loan.credit_refunded" | "loan.recovery_posted" | "loan.written_off" | "loan.rate_changed" | "loan.tranche_disbursed" | "autopay.enrolled" | "autopay.cancelled" | "autopay.suspended" | "payment_instrument.updated" | "ach_file.created" | "ach_entry.initiated" | "ach_entry.returned" | "loan.installment_due" | "loan.late_fee_assessed" | "loan.delinquency_changed" | "loan.non_performing" | "loan.paid_off" | "workflow.created" | "workflow.published" | "condition.raised" | "condition.cleared" | "condition.waived" | "document.uploaded" | "document.accepted" | "document.rejected" | "task.created" | "task.claimed" | "task.completed" | "task.reassigned" | "party.held" | "party.released" | "screening.completed" | "screening_hit.raised" | "screening_hit.cleared" | "screening_hit.confirmed" | "identity_check.completed" | "webhook_endpoint.disabled";
        FeeChargeRequest: {
            /**
             * Format: int64
             * @description Fee charged; integer minor units of `currency` (cents for USD), at most 10000000000000
             * @example 5000
             */
            amount: number;
            /**
             * @description ISO 4217 code of every amount in the request
             * @example USD
             */
            currency: string;
            /**
             * @description Business date the event takes effect; may be in the past (YYYY-MM-DD, 1900-01-01 to 2199-12-31)
             * @example 2026-02-01
             */
            effectiveDate: string;
            /** @description Free label, e.g. document */
            feeType?: string;
        };
        FeeWaiverRequest: {
            /**
             * Format: int64
             * @description Amount forgiven, at most what is unpaid of the charge; integer minor units of `currency` (cents for USD), at most 10000000000000
             * @example 2500
             */
            amount: number;
            /**
             * @description A fee's event id, `late-fee:<installment>` or `<reversal id>:nsf`
             * @example late-fee:1
             */
            chargeId: string;
            /**
             * @description ISO 4217 code of every amount in the request
             * @example USD
             */
            currency: string;
            /**
             * @description Business date the event takes effect; may be in the past (YYYY-MM-DD, 1900-01-01 to 2199-12-31)
             * @example 2026-02-01
             */
            effectiveDate: string;
        };
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
        FiredComplianceCheck: {
            check: string;
            citation: {
                /** @description The regulation or document, e.g. 12 CFR 1026.43(e)(2)(vi) */
                source: string;
                /** @description Version of the threshold table the values came from */
                tableVersion?: string;
                url?: string;
            };
            code: string;
            /** @description The rule-language function that ran the check */
            function: string;
            passed: boolean | null;
            /** @description The values the check compared */
            values: {
                [key: string]: string;
            };
        };
        FundApplicationInput: {
            /**
             * Format: date
             * @description Default one period after funding
             */
            firstPaymentDate?: string;
            /**
             * @description How the proceeds are paid out
             * @enum {string}
             */
            method: "ach" | "wire" | "check" | "merchant_settlement";
            /**
             * @description Who receives the proceeds (the borrower, a dealer, a merchant)
             * @example Lincoln Auto Sales
             */
            payeeName: string;
            /** @description The payee's account reference at the payment processor (never a raw account number) */
            payeeReference?: string;
        };
        Funding: {
            application: components["schemas"]["Application"];
            disbursement: components["schemas"]["Disbursement"];
            loanId: string;
        };
        IdentityCheck: {
            /** @description When it ran; UTC ISO 8601 instant */
            createdAt: string;
            /** @example idc_01JGFJJZ0000000000000000AB */
            id: string;
            /** @enum {string} */
            object: "identity_check";
            /**
             * @description pass: identity verified; fail: it does not match (see reasonCodes); review: a person must look
             * @enum {string}
             */
            outcome: "pass" | "fail" | "review";
            partyId: string;
            /** @description The identity provider (`sandbox` unless configured) */
            provider: string;
            /** @description The provider's id of the verification */
            providerReference: string;
            /**
             * @description Why, as stable snake_case codes (none on a pass)
             * @example [
             *       "date_of_birth_mismatch"
             *     ]
             */
            reasonCodes: string[];
        };
        IndividualParty: {
            addresses: components["schemas"]["PartyAddress"][];
            /** @enum {string|null} */
            citizenship: "us-citizen" | "permanent-resident" | "non-permanent-resident" | "non-resident-alien" | null;
            countryOfCitizenship: string | null;
            createdAt: string;
            /**
             * @description ISO 4217 code of every amount in this object
             * @example USD
             */
            currency: string | null;
            /**
             * @description `****-**-**` unless `piiRevealed`
             * @example ****-**-**
             */
            dateOfBirth: string;
            /** @description `first last` for a person, the legal name for a business */
            displayName: string;
            emails: components["schemas"]["PartyEmail"][];
            employment: components["schemas"]["PartyEmployment"][];
            hold: components["schemas"]["PartyHold"];
            /** @example pty_01JGFJJZ0000000000000000AB */
            id: string;
            name: components["schemas"]["PersonName"];
            /** @enum {string} */
            object: "party";
            /** @description Other names the party is known by */
            otherNames: string[];
            phones: components["schemas"]["PartyPhone"][];
            /** @description Whether `taxId` (and `dateOfBirth`) are shown in full: only to tokens with `pii:read`, on get and list */
            piiRevealed: boolean;
            /**
             * Format: int64
             * @description Total yearly income the party states; integer minor units of `currency`
             */
            statedAnnualIncome: number | null;
            /**
             * @description Masked (`***-**-6789`, EIN `**-***6789`) unless `piiRevealed`
             * @example ***-**-6789
             */
            taxId: string;
            /** @enum {string} */
            taxIdType: "ssn" | "itin";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "individual";
            updatedAt: string;
        };
        IndividualPartyCreate: {
            addresses: components["schemas"]["PartyAddress"][];
            /** @enum {string} */
            citizenship?: "us-citizen" | "permanent-resident" | "non-permanent-resident" | "non-resident-alien";
            /**
             * @description Country of citizenship; ISO 3166-1 alpha-2
             * @example US
             */
            countryOfCitizenship?: string;
            /**
             * @description ISO 4217 code of every amount in the request
             * @example USD
             */
            currency?: string;
            /**
             * Format: date
             * @description Date of birth; stored encrypted; YYYY-MM-DD
             * @example 1985-06-15
             */
            dateOfBirth: string;
            emails?: components["schemas"]["PartyEmail"][];
            employment?: components["schemas"]["PartyEmployment"][];
            name: components["schemas"]["PersonName"];
            /** @description Other names the party is known by (aliases, former names); screened for sanctions too */
            otherNames?: string[];
            phones?: components["schemas"]["PartyPhone"][];
            /**
             * Format: int64
             * @description Total yearly income the party states; integer minor units of `currency` (cents for USD), at most 10000000000000
             * @example 8500000
             */
            statedAnnualIncome?: number;
            /**
             * @description The nine digits, dashes optional: NNN-NN-NNNN for an SSN or ITIN, NN-NNNNNNN for an EIN
             * @example 123-45-6789
             */
            taxId: string;
            /** @enum {string} */
            taxIdType: "ssn" | "itin";
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "individual";
        };
        /**
         * @description Where the installment stands as of the replay's `asOf`
         * @enum {string}
         */
        InstallmentStatus: "paid" | "partly-paid" | "overdue" | "due" | "future" | "skipped";
        JournalEntry: {
            currency: string;
            date: string;
            eventId: string;
            id: string;
            lines: {
                account: string;
                /**
                 * Format: int64
                 * @description Credit; integer minor units of `currency`
                 */
                credit: number;
                /**
                 * Format: int64
                 * @description Debit; integer minor units of `currency`
                 */
                debit: number;
            }[];
            memo: string;
            reversesEntryId: string | null;
        };
        JournalEntryList: {
            asOf: string;
            data: components["schemas"]["JournalEntry"][];
            loanId: string;
        };
        Loan: {
            /** @description The application funded into this loan (`GET /v1/applications/{applicationId}`), if any */
            applicationId: string | null;
            borrowerReference: string | null;
            /** @description UTC ISO 8601 instant */
            createdAt: string;
            /**
             * @description ISO 4217 code of every amount in this object
             * @example USD
             */
            currency: string;
            /** @description The credit decision the loan was boarded on (`GET /v1/decisions/{decisionId}`), if any */
            decisionId: string | null;
            disbursementDate: string;
            externalReference: string | null;
            firstPaymentDate: string;
            frequency: ("weekly" | "biweekly" | "semi-monthly" | "monthly" | "quarterly" | "yearly") | string;
            /** @example loan_01JGFJJZ0000000000000000AB */
            id: string;
            numberOfPayments: number;
            /** @description The accepted offer of that application, if any */
            offerId: string | null;
            /** @description Origination fee of the product and how it is paid */
            originationFee: {
                /**
                 * Format: int64
                 * @description Origination fee; integer minor units of `currency`
                 */
                amount: number;
                treatment: string;
            } | null;
            /**
             * Format: int64
             * @description Principal scheduled (request plus a financed fee); integer minor units of `currency`
             */
            principal: number;
            productId: string;
            productVersion: number;
            /**
             * @description Contract annual rate, percent
             * @example 12
             */
            ratePercent: string;
            /**
             * Format: int64
             * @description Principal requested (before a financed fee); integer minor units of `currency`
             */
            requestedAmount: number;
            status: components["schemas"]["LoanStatus"];
            /** @description UTC ISO 8601 instant */
            updatedAt: string;
            /** @description +1 per event appended (starts at 1) */
            version: number;
        };
        /** @description How a receipt was split (sums to amount) */
        LoanAllocation: {
            /**
             * Format: int64
             * @description Held as credit; integer minor units of `currency`
             */
            credit: number;
            /**
             * Format: int64
             * @description To fees; integer minor units of `currency`
             */
            fees: number;
            /**
             * Format: int64
             * @description To interest; integer minor units of `currency`
             */
            interest: number;
            /**
             * Format: int64
             * @description To penalties; integer minor units of `currency`
             */
            penalties: number;
            /**
             * Format: int64
             * @description To principal; integer minor units of `currency`
             */
            principal: number;
        } | null;
        /** @description Owed and on the books; interest here is interest due */
        LoanBuckets: {
            /**
             * Format: int64
             * @description Fees; integer minor units of `currency`
             */
            fees: number;
            /**
             * Format: int64
             * @description Interest; integer minor units of `currency`
             */
            interest: number;
            /**
             * Format: int64
             * @description Penalties; integer minor units of `currency`
             */
            penalties: number;
            /**
             * Format: int64
             * @description Principal; integer minor units of `currency`
             */
            principal: number;
            /**
             * Format: int64
             * @description Sum of the four; integer minor units of `currency`
             */
            total: number;
        };
        LoanChange: {
            event: components["schemas"]["LoanEvent"];
            loan: components["schemas"]["LoanState"];
        };
        LoanChangePreview: {
            event: components["schemas"]["LoanEvent"];
            loan: components["schemas"]["LoanState"];
            schedule: components["schemas"]["LoanInstallment"][];
        };
        LoanCharge: {
            /**
             * Format: int64
             * @description Charged; integer minor units of `currency`
             */
            amount: number;
            dueDate: string;
            /** @description Use as `chargeId` to waive it */
            id: string;
            /** @enum {string} */
            kind: "fee" | "penalty";
            label: string;
            /**
             * Format: int64
             * @description Paid; integer minor units of `currency`
             */
            paid: number;
            /**
             * Format: int64
             * @description Waived; integer minor units of `currency`
             */
            waived: number;
        };
        LoanEvent: {
            effectiveDate: string;
            /** @description Event id: pmt_…, rev_…, fee_…, wvr_…, rsc_…, hol_…, cof_… */
            id: string;
            /** @description UTC instant; null on a preview */
            recordedAt: string | null;
            /** @description Arrival order within the loan, from 1 */
            sequence: number;
            type: string;
        };
        LoanEventLog: {
            data: components["schemas"]["StoredLoanEvent"][];
            loanId: string;
        };
        LoanInstallment: {
            dueDate: string;
            /**
             * Format: int64
             * @description Interest due (once fallen due); integer minor units of `currency`
             */
            interestDue: number;
            /**
             * Format: int64
             * @description Interest paid; integer minor units of `currency`
             */
            interestPaid: number;
            /**
             * @description level: planned is principal + interest
             * @enum {string}
             */
            kind: "level" | "principal";
            number: number;
            paidDate: string | null;
            /**
             * Format: int64
             * @description Planned installment (level) or planned principal; integer minor units of `currency`
             */
            planned: number;
            /**
             * Format: int64
             * @description Fee due with it; integer minor units of `currency`
             */
            plannedFees: number;
            /**
             * Format: int64
             * @description Principal due (once fallen due); integer minor units of `currency`
             */
            principalDue: number;
            /**
             * Format: int64
             * @description Principal paid; integer minor units of `currency`
             */
            principalPaid: number;
            status: components["schemas"]["InstallmentStatus"];
        };
        LoanPage: {
            data: components["schemas"]["Loan"][];
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
        };
        LoanSchedule: {
            asOf: string;
            currency: string;
            installments: components["schemas"]["LoanInstallment"][];
            loanId: string;
        };
        LoanState: components["schemas"]["Loan"] & {
            /**
             * Format: int64
             * @description Interest accrued, not yet due; integer minor units of `currency`
             */
            accruedInterest: number;
            /** @description Rate in force, percent a year */
            annualRatePercent: string;
            /** @description Business date of the replay (events dated later are not applied) */
            asOf: string;
            chargedOff: components["schemas"]["LoanBuckets"] & (Record<string, never> | null);
            charges: components["schemas"]["LoanCharge"][];
            /**
             * Format: int64
             * @description Money held for the borrower; integer minor units of `currency`
             */
            creditBalance: number;
            daysPastDue: number;
            /**
             * Format: int64
             * @description Interest deferred by a payment holiday; integer minor units of `currency`
             */
            deferredInterest: number;
            delinquencyBucket: string;
            /**
             * Format: int64
             * @description Disbursed so far; integer minor units of `currency`
             */
            disbursed: number;
            isNonPerforming: boolean;
            nextDue: {
                /**
                 * Format: int64
                 * @description Amount due; integer minor units of `currency`
                 */
                amount: number;
                date: string;
            } | null;
            outstanding: components["schemas"]["LoanBuckets"];
            overdue: components["schemas"]["LoanBuckets"] & unknown;
            /**
             * Format: int64
             * @description Principal on which interest accrues; integer minor units of `currency`
             */
            principalBalance: number;
            /**
             * Format: int64
             * @description Collected after charge-off; integer minor units of `currency`
             */
            recovered: number;
        };
        /**
         * @description Lifecycle status: `pending` until the disbursement date (a loan boarded ahead of it), then as of the business date of the last change (in a replay to `asOf`: as of `asOf`)
         * @enum {string}
         */
        LoanStatus: "pending" | "active" | "paid-off" | "overpaid" | "closed" | "charged-off" | "written-off";
        LoanTransaction: {
            allocation: components["schemas"]["LoanAllocation"];
            /**
             * Format: int64
             * @description Amount; integer minor units of `currency`
             */
            amount: number;
            date: string;
            id: string;
            /** @description The reversal that returned this payment */
            reversedById: string | null;
            /** @description payment, payment-reversal, fee-charge, late-fee, disbursement, … */
            type: string;
        };
        LoanTransactionList: {
            asOf: string;
            currency: string;
            data: components["schemas"]["LoanTransaction"][];
            loanId: string;
        };
        NoticeParty: {
            address: {
                city?: string;
                country?: string;
                line1?: string;
                line2?: string;
                postalCode?: string;
                region?: string;
            };
            name: string;
            phone?: string;
        };
        Offer: {
            /**
             * Format: int64
             * @description The amount offered; integer minor units of `currency`
             */
            amount: number;
            /**
             * Format: int64
             * @description Amount financed, 12 CFR 1026.18(b); integer minor units of `currency`
             */
            amountFinanced: number;
            /**
             * @description APR as disclosed (Appendix J, 3 decimals)
             * @example 9.504
             */
            aprPercent: string;
            /** @description The offer this one counters */
            counterOf: string | null;
            /** @description When it was made; UTC ISO 8601 instant */
            createdAt: string;
            /**
             * @description ISO 4217 code of every amount in this object
             * @example USD
             */
            currency: string;
            /** @description The disbursement date it was priced for; YYYY-MM-DD */
            disbursementDate: string;
            /** @description When it lapses; UTC ISO 8601 instant */
            expiresAt: string;
            /**
             * Format: int64
             * @description Finance charge, 12 CFR 1026.18(d); integer minor units of `currency`
             */
            financeCharge: number;
            frequency: ("weekly" | "biweekly" | "semi-monthly" | "monthly" | "quarterly" | "yearly") | string;
            /** @example ofr_01JGFJJZ0000000000000000AB */
            id: string;
            numberOfPayments: number;
            /** @enum {string} */
            object: "offer";
            /**
             * Format: int64
             * @description Origination fee; integer minor units of `currency`
             */
            originationFee: number;
            /**
             * Format: int64
             * @description Principal of the loan: the amount plus a financed fee; integer minor units of `currency`
             */
            principal: number;
            /** @description The product version the offer was priced under: funding boards the loan on it, so the loan keeps the disclosed terms when the product changes later. Null for offers priced before versions were recorded (those fund on the current version). */
            productVersion: number | null;
            /**
             * @description Nominal annual rate, percent a year
             * @example 8.99
             */
            ratePercent: string;
            /**
             * Format: int64
             * @description Level installment; null when installments vary; integer minor units of `currency`
             */
            regularPayment: number | null;
            schedule: components["schemas"]["OfferScheduleRow"][];
            /**
             * @description open; accepted; void (another was accepted or it was countered); expired
             * @enum {string}
             */
            status: "open" | "accepted" | "void" | "expired";
            /**
             * Format: int64
             * @description Total of payments, 12 CFR 1026.18(h); integer minor units of `currency`
             */
            totalOfPayments: number;
        };
        /** @description Every offer made on the application, oldest first */
        OfferList: {
            data: components["schemas"]["Offer"][];
        };
        OfferScheduleRow: {
            /**
             * Format: int64
             * @description Principal owed after it; integer minor units of `currency`
             */
            balance: number;
            /** @description YYYY-MM-DD */
            dueDate: string;
            /**
             * Format: int64
             * @description Installment fees; integer minor units of `currency`
             */
            fees: number;
            /**
             * Format: int64
             * @description Interest; integer minor units of `currency`
             */
            interest: number;
            number: number;
            /**
             * Format: int64
             * @description Principal; integer minor units of `currency`
             */
            principal: number;
            /**
             * Format: int64
             * @description Principal + interest + fees; integer minor units of `currency`
             */
            total: number;
        };
        /** @description `error`: facts that do not fit the version's inputs */
        OutcomeCounts: {
            approve: number;
            decline: number;
            error: number;
            refer: number;
        };
        Party: components["schemas"]["IndividualParty"] | components["schemas"]["BusinessParty"];
        PartyAddress: {
            /**
             * @description City or locality
             * @example Lincoln
             */
            city: string;
            /**
             * @description Country; ISO 3166-1 alpha-2
             * @example US
             */
            country: string;
            /**
             * @description What the address is
             * @enum {string}
             */
            kind: "residential" | "mailing" | "business" | "previous";
            /**
             * @description Street address
             * @example 1 Main St
             */
            line1: string;
            /** @description Apartment, suite, unit */
            line2?: string;
            /**
             * @description Time at the address, in months
             * @example 30
             */
            monthsAtAddress?: number;
            /**
             * @description ZIP (NNNNN or NNNNN-NNNN when country is US) or postal code
             * @example 68508
             */
            postalCode?: string;
            /**
             * @description State (a USPS code such as NE when country is US), province or region
             * @example NE
             */
            region?: string;
        };
        PartyCreate: components["schemas"]["IndividualPartyCreate"] | components["schemas"]["BusinessPartyCreate"];
        PartyEmail: {
            /**
             * Format: email
             * @example ada@example.com
             */
            address: string;
            /** @enum {string} */
            kind: "personal" | "work" | "other";
        };
        PartyEmployment: {
            /**
             * Format: int64
             * @description Stated yearly income from this job; integer minor units of `currency` (cents for USD), at most 10000000000000
             * @example 8500000
             */
            annualIncome?: number;
            /**
             * @description Employer
             * @example Analytical Engines LLC
             */
            employerName?: string;
            /**
             * Format: date
             * @description When it ended (absent: current); YYYY-MM-DD
             * @example 2024-04-01
             */
            endDate?: string;
            /**
             * @description Job title or occupation
             * @example Engineer
             */
            occupation?: string;
            /**
             * Format: date
             * @description When the job started; YYYY-MM-DD
             * @example 2019-04-01
             */
            startDate?: string;
            /** @enum {string} */
            status: "employed" | "self-employed" | "retired" | "unemployed" | "student" | "other";
        };
        /** @description Why the party is on hold, or null. Held for a sanctions hit until every open hit is reviewed */
        PartyHold: {
            /**
             * @description sanctions_review: a sanctions hit is open
             * @enum {string}
             */
            reason: "sanctions_review";
            /** @description When it was put on hold; UTC ISO 8601 instant */
            since: string;
        } | null;
        PartyPage: {
            data: components["schemas"]["Party"][];
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
        };
        PartyPhone: {
            /** @enum {string} */
            kind: "mobile" | "home" | "work" | "other";
            /**
             * @description E.164
             * @example +14025550123
             */
            number: string;
        };
        PartyUpdate: {
            addresses?: components["schemas"]["PartyAddress"][];
            /** @description Individuals owning 25% or more (CDD rule, 31 CFR 1010.230): at most four, linked by party id */
            beneficialOwners?: components["schemas"]["BeneficialOwner"][];
            /** @enum {string} */
            citizenship?: "us-citizen" | "permanent-resident" | "non-permanent-resident" | "non-resident-alien";
            controlPerson?: components["schemas"]["ControlPerson"];
            /**
             * @description Country of citizenship; ISO 3166-1 alpha-2
             * @example US
             */
            countryOfCitizenship?: string;
            /**
             * @description ISO 4217 code of every amount in the request
             * @example USD
             */
            currency?: string;
            /**
             * Format: date
             * @description Date of birth; stored encrypted; YYYY-MM-DD
             * @example 1985-06-15
             */
            dateOfBirth?: string;
            /** @description Doing-business-as name */
            dbaName?: string;
            emails?: components["schemas"]["PartyEmail"][];
            employment?: components["schemas"]["PartyEmployment"][];
            /** @enum {string} */
            entityType?: "sole-proprietorship" | "partnership" | "llc" | "c-corporation" | "s-corporation" | "nonprofit" | "trust" | "other";
            /**
             * Format: date
             * @description When the entity was formed; YYYY-MM-DD
             * @example 2015-01-20
             */
            formationDate?: string;
            /**
             * @description USPS code of the state of formation
             * @example DE
             */
            formationState?: string;
            /**
             * @description Legal name
             * @example Analytical Engines LLC
             */
            legalName?: string;
            /**
             * @description NAICS code, 2 to 6 digits
             * @example 522291
             */
            naicsCode?: string;
            name?: components["schemas"]["PersonName"];
            /** @description Other names the party is known by (aliases, former names); screened for sanctions too */
            otherNames?: string[];
            phones?: components["schemas"]["PartyPhone"][];
            /**
             * Format: int64
             * @description Total yearly income the party states; integer minor units of `currency` (cents for USD), at most 10000000000000
             * @example 8500000
             */
            statedAnnualIncome?: number;
            /**
             * @description The nine digits, dashes optional: NNN-NN-NNNN for an SSN or ITIN, NN-NNNNNNN for an EIN
             * @example 123-45-6789
             */
            taxId?: string;
            /** @enum {string} */
            taxIdType?: "ssn" | "itin" | "ein";
        };
        PaymentHolidayRequest: {
            /**
             * @description Date of the deferral; the next installments due from then are skipped (YYYY-MM-DD, 1900-01-01 to 2199-12-31)
             * @example 2026-05-20
             */
            effectiveDate: string;
            /**
             * @description How many installments to skip (added at the end)
             * @example 2
             */
            installments: number;
            /**
             * @description capitalize: added to principal; defer: collected with the last installment
             * @enum {string}
             */
            interest: "capitalize" | "defer";
        };
        PaymentInstrument: {
            /**
             * @description Masked (`****6789`) unless `piiRevealed`
             * @example ****6789
             */
            accountNumber: string | null;
            /** @enum {string|null} */
            accountType: "checking" | "savings" | null;
            cardBrand: string | null;
            cardLastFour: string | null;
            createdAt: string;
            disabledAt: string | null;
            disabledReason: string | null;
            holderName: string | null;
            /** @example pmi_01JGFJJZ0000000000000000AB */
            id: string;
            /** @enum {string} */
            object: "payment_instrument";
            partyId: string;
            /** @description Whether `accountNumber` is shown in full (`pii:read`) */
            piiRevealed: boolean;
            routingNumber: string | null;
            /** @enum {string} */
            status: "active" | "disabled";
            /** @enum {string} */
            type: "bank_account" | "card";
            updatedAt: string;
            /**
             * @description What the processor says: `verified` instruments can be debited by autopay
             * @enum {string}
             */
            verificationStatus: "unverified" | "micro_deposits_pending" | "verified" | "failed";
        };
        PaymentInstrumentCreate: components["schemas"]["BankAccountCreate"] | components["schemas"]["CardCreate"];
        PaymentInstrumentPage: {
            data: components["schemas"]["PaymentInstrument"][];
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
        };
        PaymentRequest: {
            /**
             * Format: int64
             * @description Money received, any amount; integer minor units of `currency` (cents for USD), at most 10000000000000
             * @example 125000
             */
            amount: number;
            /**
             * @description ISO 4217 code of every amount in the request
             * @example USD
             */
            currency: string;
            /**
             * @description Business date the event takes effect; may be in the past (YYYY-MM-DD, 1900-01-01 to 2199-12-31)
             * @example 2026-02-01
             */
            effectiveDate: string;
        };
        PayoffQuote: {
            /**
             * Format: int64
             * @description A payment of this, dated goodThroughDate, pays the loan off; integer minor units of `currency`
             */
            amount: number;
            breakdown: {
                /**
                 * Format: int64
                 * @description Credit held for the borrower (refunded separately); integer minor units of `currency`
                 */
                creditBalance: number;
                /**
                 * Format: int64
                 * @description Fees; integer minor units of `currency`
                 */
                fees: number;
                /**
                 * Format: int64
                 * @description Interest due + accrued + deferred; integer minor units of `currency`
                 */
                interest: number;
                /**
                 * Format: int64
                 * @description Penalties; integer minor units of `currency`
                 */
                penalties: number;
                /**
                 * Format: int64
                 * @description Principal; integer minor units of `currency`
                 */
                principal: number;
            };
            /**
             * @description ISO 4217 code of every amount in this object
             * @example USD
             */
            currency: string;
            goodThroughDate: string;
            loanId: string;
            /**
             * Format: int64
             * @description Interest added per day later; integer minor units of `currency`
             */
            perDiem: number;
        };
        PersonName: {
            /**
             * @description Given name
             * @example Ada
             */
            first: string;
            /**
             * @description Family name
             * @example Lovelace
             */
            last: string;
            /** @description Middle names */
            middle?: string;
            /** @description Jr., III… */
            suffix?: string;
        };
        /** @description Per currency: amounts of different currencies never add */
        PipelineAmounts: {
            /**
             * Format: int64
             * @description Requested amount; integer minor units of `currency`
             */
            amount: number;
            /**
             * @description ISO 4217 code of every amount in this object
             * @example USD
             */
            currency: string;
        }[];
        /** @description How many applications ever reached each state */
        PipelineFunnel: {
            /**
             * @description accepted ÷ approved: a fraction as a decimal string, 4 places
             * @example 0.2500
             */
            acceptanceRate: string;
            accepted: number;
            /**
             * @description approved ÷ submitted: a fraction as a decimal string, 4 places
             * @example 0.2500
             */
            approvalRate: string;
            approved: number;
            funded: number;
            /**
             * @description funded ÷ accepted: a fraction as a decimal string, 4 places
             * @example 0.2500
             */
            fundingRate: string;
            /**
             * @description funded ÷ submitted: a fraction as a decimal string, 4 places
             * @example 0.2500
             */
            pullThroughRate: string;
            submitted: number;
        };
        PipelineReport: {
            applicationCount: number;
            /** @description UTC instant the report was made at */
            asOf: string;
            /** @description The open stage with the highest median dwell */
            bottleneck: {
                /** @description Its median dwell, whole seconds */
                dwellP50: number;
                stage: string;
            } | null;
            /** @description When open applications are expected to fund: the planned funding date in closing, else today plus the median dwell of the stages ahead */
            expectedClosings: {
                amounts: components["schemas"]["PipelineAmounts"];
                count: number;
                date: string;
            }[];
            funnel: components["schemas"]["PipelineFunnel"];
            /** @enum {string} */
            object: "pipeline_report";
            slaBreaches: number;
            /** @description Each state an application has been in, in lifecycle order */
            stages: components["schemas"]["PipelineStage"][];
        };
        PipelineStage: {
            /** @description Median age of the applications in the stage now, whole seconds */
            ageP50: number;
            /** @description 90th percentile age of the applications in the stage now, whole seconds */
            ageP90: number;
            amounts: components["schemas"]["PipelineAmounts"];
            /** @description Applications in the stage now */
            count: number;
            /** @description Median time spent in the stage, over every visit, whole seconds */
            dwellP50: number;
            /** @description 90th percentile time spent in the stage, whole seconds */
            dwellP90: number;
            /** @description Applications in the stage now and already past its SLA */
            openSlaBreaches: number;
            /** @description Visits that stayed past the product's SLA for the stage */
            slaBreaches: number;
            stage: string;
            state: components["schemas"]["ApplicationState"];
        };
        PortfolioOutstanding: {
            /**
             * Format: int64
             * @description Interest accrued, not yet due; integer minor units of `currency`
             */
            accruedInterest: number;
            /**
             * Format: int64
             * @description Fees due and unpaid; integer minor units of `currency`
             */
            fees: number;
            /**
             * Format: int64
             * @description Interest due and unpaid; integer minor units of `currency`
             */
            interest: number;
            /**
             * Format: int64
             * @description Penalties due and unpaid; integer minor units of `currency`
             */
            penalties: number;
            /**
             * Format: int64
             * @description Principal outstanding; integer minor units of `currency`
             */
            principal: number;
            /**
             * Format: int64
             * @description Sum of the four; integer minor units of `currency`
             */
            total: number;
        };
        PortfolioReport: {
            asOf: string;
            currencies: components["schemas"]["CurrencyPortfolio"][];
            snapshots: components["schemas"]["SnapshotCoverage"];
            /** @description Loans per lifecycle status, including those no longer in the portfolio */
            statusCounts: {
                [key: string]: number;
            };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        Problem: {
            /** @description Stable snake_case error code; switch on this, not on the text. `ErrorCode` lists the codes with a fixed status; a broken domain rule has its own code (422, or 404 when it ends in `_not_found`) */
            code: components["schemas"]["ErrorCode"] | string;
            detail: string;
            /** @description One entry per bad field */
            errors?: components["schemas"]["FieldError"][];
            /**
             * @description On `duplicate_external_reference` and `duplicate_party` (409): the id of the resource that already has the reference or tax id
             * @example loan_01JGFJJZ0000000000000000AB
             */
            existingId?: string;
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
            status: components["schemas"]["ProductStatus"];
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
                max: number;
                /** @description Smallest principal, integer minor units (cents for USD) */
                min: number;
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
            dayCount?: "actual/actual-isda" | "actual/365-fixed" | "actual/360" | "30/360-us" | "30e/360" | "actual/364";
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
             *           "name": "91-120",
             *           "minDaysPastDue": 91,
             *           "maxDaysPastDue": 120
             *         },
             *         {
             *           "name": "120+",
             *           "minDaysPastDue": 121
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
                 *         "name": "91-120",
                 *         "minDaysPastDue": 91,
                 *         "maxDaysPastDue": 120
                 *       },
                 *       {
                 *         "name": "120+",
                 *         "minDaysPastDue": 121
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
                    amount: number;
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
                    max?: number;
                    /** @description Lower cap on the fee, integer minor units */
                    min?: number;
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
                    amount: number;
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
                    max?: number;
                    /** @description Lower cap on the fee, integer minor units */
                    min?: number;
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
                    amount: number;
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
                    max?: number;
                    /** @description Lower cap on the fee, integer minor units */
                    min?: number;
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
                    amount: number;
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
                    max?: number;
                    /** @description Lower cap on the fee, integer minor units */
                    min?: number;
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
                /**
                 * @description The late fee's date: the day after the grace days (default) or the last grace day, at its end
                 * @enum {string}
                 */
                lateFeeAssessment?: "day-after-grace" | "last-grace-day";
                /**
                 * @description What a percent late fee is taken of: the late installment's unpaid principal, its unpaid principal and interest (default), or the whole overdue amount (all overdue installments, fees and penalties)
                 * @enum {string}
                 */
                lateFeeBase?: "principal" | "principal-and-interest" | "overdue-amount";
                /** @description Extra interest on overdue amounts, percent a year as a decimal string; omit for none */
                penaltyRatePercent?: string;
            };
            /**
             * @description Largest credit balance (money paid beyond everything owed, held for the borrower) a payment may leave, integer minor units of the loan's currency; a payment beyond it is refused with credit_balance_exceeds_limit. Default 0: an overpayment is a liability the lender must return, so accepting one is the product's choice
             * @default 0
             */
            maxCreditBalance?: number;
            /** @description Product name shown to operators */
            name: string;
            /** @description How applications for this product are approved and offered */
            origination?: {
                /** @description What a declined application's adverse-action notice names */
                adverseAction?: {
                    /** @description The creditor as the notice names it */
                    creditor: {
                        address: {
                            city: string;
                            /** @description ISO 3166-1 alpha-2 */
                            country: string;
                            line1: string;
                            line2?: string;
                            postalCode?: string;
                            region?: string;
                        };
                        name: string;
                        phone?: string;
                    };
                    /** @description The consumer reporting agency whose score the decisions use; the notice discloses the score */
                    creditReportingAgency?: {
                        address: {
                            city: string;
                            /** @description ISO 3166-1 alpha-2 */
                            country: string;
                            line1: string;
                            line2?: string;
                            postalCode?: string;
                            region?: string;
                        };
                        name: string;
                        phone?: string;
                        /** @default 850 */
                        scoreRangeHigh?: number;
                        /** @default 300 */
                        scoreRangeLow?: number;
                    };
                    /** @description The federal agency that administers ECOA compliance (Reg B Appendix A) */
                    ecoaAgency: {
                        address: {
                            city: string;
                            /** @description ISO 3166-1 alpha-2 */
                            country: string;
                            line1: string;
                            line2?: string;
                            postalCode?: string;
                            region?: string;
                        };
                        name: string;
                        phone?: string;
                    };
                };
                /** @description Largest amount one underwriter may approve on a referral, integer minor units; above it two different people must approve (four-eyes). Absent: one approval always suffices */
                approvalAuthorityLimit?: number;
                /** @description Days an offer stays open, from when it is made; default 30 */
                offerValidDays?: number;
                /** @description Hours an application may stay in each lifecycle state before the pipeline report counts an SLA breach; states not listed have none */
                stageSlaHours?: {
                    accepted?: number;
                    approved?: number;
                    closing?: number;
                    draft?: number;
                    in_review?: number;
                    offered?: number;
                    referred?: number;
                    submitted?: number;
                };
            };
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
             * @description Payoff interest: accrued to the payoff date (default) or the whole current period's
             * @enum {string}
             */
            payoffInterest?: "to-payoff-date" | "to-period-end";
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
                allowedFrequencies: (("weekly" | "biweekly" | "semi-monthly" | "monthly" | "quarterly" | "yearly") | string)[];
                /** @description Installment frequency when a request names none */
                defaultFrequency: ("weekly" | "biweekly" | "semi-monthly" | "monthly" | "quarterly" | "yearly") | string;
            };
            /**
             * @description Rounding of computed amounts; the last installment absorbs the difference
             * @default {
             *       "installmentMultiple": 1,
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
                installmentMultiple?: number;
                /** @description Re-pick the level payment so the last installment is as close as possible to it; default false */
                isLastInstallmentAdjusted?: boolean;
                /**
                 * @description regular (default): the level payment is solved from rate / periods a year; actual: from each period's own rate (its actual days when interest accrues daily)
                 * @enum {string}
                 */
                levelPaymentRates?: "regular" | "actual";
                /**
                 * @description Rounding mode for installments and interest
                 * @default half-up
                 * @enum {string}
                 */
                mode?: "half-even" | "half-up" | "down" | "up";
                /**
                 * @description all (default): the multiple also rounds equal-principal's principal; level-installments: it does not
                 * @enum {string}
                 */
                multipleAppliesTo?: "all" | "level-installments";
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
        /**
         * @description active: offered; archived: no new quotes or loans
         * @enum {string}
         */
        ProductStatus: "active" | "archived";
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
        Quote: {
            accuracy: components["schemas"]["QuoteAccuracy"];
            apr: components["schemas"]["QuoteApr"];
            aprc: components["schemas"]["QuoteAprc"];
            /**
             * @description ISO 4217 code of every amount in this object
             * @example USD
             */
            currency: string;
            disbursementDate: string;
            disclosure: components["schemas"]["QuoteDisclosure"];
            /** @description Unadjusted first due date (YYYY-MM-DD) */
            firstPaymentDate: string;
            frequency: ("weekly" | "biweekly" | "semi-monthly" | "monthly" | "quarterly" | "yearly") | string;
            militaryApr: components["schemas"]["QuoteMilitaryApr"];
            numberOfPayments: number;
            /** @description The one-time origination fee and how it is paid */
            originationFee: {
                /**
                 * Format: int64
                 * @description Origination fee; integer minor units of `currency`
                 */
                amount: number;
                /** @enum {string} */
                treatment: "financed" | "deducted" | "prepaid";
            } | null;
            /**
             * Format: int64
             * @description Principal scheduled: the request plus a financed fee; integer minor units of `currency`
             */
            principal: number;
            productId: string | null;
            productVersion: number | null;
            /**
             * @description Nominal annual rate, percent a year
             * @example 7.99
             */
            ratePercent: string;
            /**
             * Format: int64
             * @description Level installment of equal installments; null when installments vary; integer minor units of `currency`
             */
            regularPayment: number | null;
            /**
             * Format: int64
             * @description Amount requested; integer minor units of `currency`
             */
            requestedAmount: number;
            schedule: components["schemas"]["QuoteScheduleRow"][];
            totals: components["schemas"]["QuoteTotals"];
        };
        /** @description Whether the `disclosed` figures are accurate; null unless given */
        QuoteAccuracy: {
            /**
             * @description 0.125 regular, 0.25 irregular
             * @example 0.125
             */
            aprTolerancePercent: string;
            /** @description Disclosed APR within the tolerance (boundary inclusive); null if none given */
            isAprAccurate: boolean | null;
            /** @description Disclosed finance charge within 12 CFR 1026.18(d): ±$5 (amount financed ≤ $1,000), ±$10 above; dwelling-secured: understated by ≤ $100, any overstatement accurate; null if none given */
            isFinanceChargeAccurate: boolean | null;
            /**
             * @description irregular: payment amounts other than the first and last vary (12 CFR 1026.22(a)(3))
             * @enum {string}
             */
            transaction: "regular" | "irregular";
        } | null;
        QuoteApr: {
            /**
             * @description Appendix J actuarial APR, percent, 6 decimals
             * @example 11.531216
             */
            aprPercent: string;
            /**
             * @description APR as disclosed: half-up to 3 decimals
             * @example 11.531
             */
            disclosedPercent: string;
            /** @description With oddFirstPeriod `disregard`: days the first period is longer (+) or shorter (−) than the regular period it was treated as; null in exact mode */
            oddFirstPeriodDays: number | null;
            /** @description Appendix J unit period used, e.g. 1 month */
            unitPeriod: {
                count: number;
                /** @enum {string} */
                unit: "day" | "week" | "semimonth" | "month" | "year";
            };
        };
        /** @description The EU APRC (Directive 2008/48/EC Annex I); null unless included */
        QuoteAprc: {
            /** @description EU APRC, effective annual percent, 6 decimals */
            aprcPercent: string;
            /**
             * @description APRC as published: 1 decimal, half-up on the exact root
             * @example 12.7
             */
            disclosedPercent: string;
        } | null;
        /** @description Figures disclosed to the borrower, to check against these terms (12 CFR 1026.22, 1026.18(d)) */
        QuoteDisclosedFigures: {
            /**
             * @description APR as disclosed, percent a year as a decimal string
             * @example 7.85
             */
            aprPercent?: string;
            /**
             * Format: int64
             * @description Finance charge as disclosed (USD only: Regulation Z's tolerances are in dollars); integer minor units of `currency` (cents for USD), at most 10000000000000
             * @example 208060
             */
            financeCharge?: number;
            /**
             * @description Secured by real property or a dwelling: the 12 CFR 1026.18(d)(1) tolerance
             * @default false
             */
            isSecuredByDwelling?: boolean;
        };
        QuoteDisclosure: {
            /**
             * Format: int64
             * @description Amount financed, 12 CFR 1026.18(b); integer minor units of `currency`
             */
            amountFinanced: number;
            /**
             * Format: int64
             * @description Finance charge, 12 CFR 1026.18(d); includes prepaid finance charges; integer minor units of `currency`
             */
            financeCharge: number;
            /**
             * Format: int64
             * @description Origination fees withheld or paid at closing; integer minor units of `currency`
             */
            prepaidFinanceCharges: number;
            /**
             * Format: int64
             * @description Total of payments, 12 CFR 1026.18(h); integer minor units of `currency`
             */
            totalOfPayments: number;
        };
        QuoteMilitaryApr: {
            /** @description MAPR ≤ 36 % (a MAPR of exactly 36 % is allowed) */
            isWithinLimit: boolean;
            /**
             * @description The cap, percent (32 CFR 232.4(b))
             * @example 36
             */
            limitPercent: string;
            /** @description Military APR (Appendix J with the MLA's charges), percent, 6 decimals */
            maprPercent: string;
        };
        QuoteRequest: {
            /**
             * Format: int64
             * @description Requested amount (the proceeds before a deducted fee); integer minor units of `currency` (cents for USD), at most 10000000000000
             * @example 1000000
             */
            amount: number;
            /**
             * @description ISO 4217 code of every amount in the request
             * @example USD
             */
            currency: string;
            /**
             * @description Day the loan is advanced (consummation) (YYYY-MM-DD, 1900-01-01 to 2199-12-31)
             * @example 2025-01-15
             */
            disbursementDate: string;
            disclosed?: components["schemas"]["QuoteDisclosedFigures"];
            /**
             * @description First due date; default one period after disbursement (YYYY-MM-DD, 1900-01-01 to 2199-12-31)
             * @example 2025-02-15
             */
            firstPaymentDate?: string;
            /** @description Default the product's, or monthly */
            frequency?: ("weekly" | "biweekly" | "semi-monthly" | "monthly" | "quarterly" | "yearly") | string;
            /** @description Optional figures: `aprc` adds the EU APRC (Directive 2008/48/EC Annex I) */
            include?: "aprc"[];
            /**
             * Format: int64
             * @description Charges the Military Lending Act MAPR adds to the finance charge (credit insurance, debt cancellation, ancillary products, application fees; 32 CFR 232.4(c)); default 0; integer minor units of `currency` (cents for USD), at most 10000000000000
             * @example 0
             */
            militaryAdditionalCharges?: number;
            /**
             * @description Installments; default the product's (required with `terms`)
             * @example 36
             */
            numberOfPayments?: number;
            /**
             * @description exact (default): an odd first period counts as fractional unit periods (Appendix J (b)(5)); disregard: treat it as regular, allowed only within 12 CFR 1026.17(c)(4) (term < 1 year: 6 days shorter / 13 longer; 1 to < 10 years: 11 / 21; 10 years or more: any shorter / 32 longer), else `odd_first_period_out_of_tolerance`
             * @enum {string}
             */
            oddFirstPeriod?: "exact" | "disregard";
            /**
             * @description Quote under this product (give this or `terms`)
             * @example prd_01JGFJJZ0000000000000000AB
             */
            productId?: string;
            /** @description Product version to quote with; default the current one */
            productVersion?: number;
            /**
             * @description Nominal annual rate, percent a year as a decimal string
             * @example 7.99
             */
            ratePercent?: string;
            terms?: components["schemas"]["QuoteTerms"];
        };
        QuoteScheduleRow: {
            /**
             * Format: int64
             * @description Principal still owed after this installment; integer minor units of `currency`
             */
            balance: number;
            /** @description Actual days since the previous due date (or disbursement) */
            days: number;
            /** @description Due date after any business-day move (YYYY-MM-DD) */
            dueDate: string;
            /**
             * Format: int64
             * @description Installment fees; integer minor units of `currency`
             */
            fees: number;
            /**
             * Format: int64
             * @description Interest; integer minor units of `currency`
             */
            interest: number;
            /** @description 1-based installment number */
            number: number;
            /**
             * Format: int64
             * @description Principal; integer minor units of `currency`
             */
            principal: number;
            /**
             * Format: int64
             * @description Principal + interest + fees; integer minor units of `currency`
             */
            total: number;
        };
        /** @description Loan conventions for a quote without a product */
        QuoteTerms: {
            /**
             * @default equal-installments
             * @enum {string}
             */
            amortization?: "equal-installments" | "equal-principal" | "interest-only";
            /**
             * Format: int64
             * @description Principal left for the last installment; integer minor units of `currency` (cents for USD), at most 10000000000000
             * @example 0
             */
            balloon?: number;
            /**
             * @description How due dates on weekends move (weekends-only calendar)
             * @default none
             * @enum {string}
             */
            businessDayAdjustment?: "none" | "following" | "modified-following" | "preceding";
            /**
             * @default 30/360-us
             * @enum {string}
             */
            dayCount?: "actual/actual-isda" | "actual/365-fixed" | "actual/360" | "30/360-us" | "30e/360" | "actual/364";
            /**
             * Format: int64
             * @description A fee due with every installment; integer minor units of `currency` (cents for USD), at most 10000000000000
             * @example 0
             */
            feesPerInstallment?: number;
            /**
             * @default {
             *       "principalPeriods": 0,
             *       "interestPeriods": 0
             *     }
             */
            grace?: {
                /**
                 * @description Leading installments with no interest
                 * @default 0
                 * @example 12
                 */
                interestPeriods?: number;
                /**
                 * @description Leading installments with no principal
                 * @default 0
                 * @example 12
                 */
                principalPeriods?: number;
            };
            /**
             * @description periodic: rate / periods a year per period; daily: by the day count
             * @default periodic
             * @enum {string}
             */
            interestCalculation?: "periodic" | "daily";
            /**
             * @default declining-balance
             * @enum {string}
             */
            interestMethod?: "declining-balance" | "flat";
            originationFee?: {
                /**
                 * Format: int64
                 * @description Origination fee; integer minor units of `currency` (cents for USD), at most 10000000000000
                 * @example 0
                 */
                amount: number;
                /**
                 * @description financed: added to the principal; deducted: withheld from the proceeds; prepaid: paid at closing
                 * @enum {string}
                 */
                treatment: "financed" | "deducted" | "prepaid";
            };
            /**
             * @default {
             *       "installmentMultiple": 1,
             *       "mode": "half-up"
             *     }
             */
            rounding?: {
                /**
                 * Format: int64
                 * @description Installments are rounded to a multiple of this; integer minor units of `currency` (cents for USD), at most 10000000000000
                 * @default 1
                 * @example 1
                 */
                installmentMultiple?: number;
                /** @description Re-pick the level payment so the last installment is closest to it */
                isLastInstallmentAdjusted?: boolean;
                /**
                 * @description regular (default): solve from rate / periods a year; actual: from each period's own rate
                 * @enum {string}
                 */
                levelPaymentRates?: "regular" | "actual";
                /**
                 * @default half-up
                 * @enum {string}
                 */
                mode?: "half-even" | "half-up" | "down" | "up";
                /**
                 * @description all (default): also equal-principal's principal; level-installments: not it
                 * @enum {string}
                 */
                multipleAppliesTo?: "all" | "level-installments";
            };
        };
        QuoteTotals: {
            /**
             * Format: int64
             * @description Installment fees; integer minor units of `currency`
             */
            fees: number;
            /**
             * Format: int64
             * @description Interest; integer minor units of `currency`
             */
            interest: number;
            /**
             * Format: int64
             * @description All installments; integer minor units of `currency`
             */
            payment: number;
            /**
             * Format: int64
             * @description Principal; integer minor units of `currency`
             */
            principal: number;
        };
        RateChangeRequest: {
            /**
             * @description Date the new rate applies from; may be in the future (YYYY-MM-DD, 1900-01-01 to 2199-12-31)
             * @example 2026-07-01
             */
            effectiveDate: string;
            rate: {
                /** @enum {string} */
                kind: "fixed";
                /** @description New annual rate, percent a year as a decimal string */
                ratePercent: string;
            } | {
                /** @description Highest rate, percent a year as a decimal string */
                capPercent?: string;
                /** @description Lowest rate, percent a year as a decimal string */
                floorPercent?: string;
                /** @description Index value (e.g. SOFR), percent a year as a decimal string */
                indexRatePercent: string;
                /** @enum {string} */
                kind: "indexed";
                /** @description Margin over the index, percent a year as a decimal string */
                marginPercent: string;
            };
        };
        /** @description Maps every reason code the document can emit to a 12 CFR 1002 Appendix C Form C-1 statement */
        ReasonStatements: {
            [key: string]: {
                /** @description The specific reason, required when statementId is `other` */
                otherText?: string;
                /**
                 * @description A statement of Regulation B Form C-1
                 * @enum {string}
                 */
                statementId: "credit_application_incomplete" | "insufficient_number_of_credit_references" | "unacceptable_type_of_credit_references" | "unable_to_verify_credit_references" | "temporary_or_irregular_employment" | "unable_to_verify_employment" | "length_of_employment" | "income_insufficient_for_amount_requested" | "excessive_obligations_in_relation_to_income" | "unable_to_verify_income" | "length_of_residence" | "temporary_residence" | "unable_to_verify_residence" | "no_credit_file" | "limited_credit_experience" | "poor_credit_performance_with_us" | "delinquent_credit_obligations_with_others" | "collection_action_or_judgment" | "garnishment_or_attachment" | "foreclosure_or_repossession" | "bankruptcy" | "number_of_recent_inquiries" | "collateral_value_or_type_insufficient" | "other";
            };
        };
        RecoveryRequest: {
            /**
             * Format: int64
             * @description Cash collected after the charge-off; integer minor units of `currency` (cents for USD), at most 10000000000000
             * @example 50000
             */
            amount: number;
            /**
             * @description ISO 4217 code of every amount in the request
             * @example USD
             */
            currency: string;
            /**
             * @description Business date the event takes effect; may be in the past (YYYY-MM-DD, 1900-01-01 to 2199-12-31)
             * @example 2026-02-01
             */
            effectiveDate: string;
        };
        RefundRequest: {
            /**
             * Format: int64
             * @description Credit balance paid back, at most the credit; integer minor units of `currency` (cents for USD), at most 10000000000000
             * @example 1000
             */
            amount: number;
            /**
             * @description ISO 4217 code of every amount in the request
             * @example USD
             */
            currency: string;
            /**
             * @description Business date the event takes effect; may be in the past (YYYY-MM-DD, 1900-01-01 to 2199-12-31)
             * @example 2026-02-01
             */
            effectiveDate: string;
        };
        RescheduleRequest: {
            /** @description Restructure: everything due and unpaid (principal, interest, fees, penalties) joins the principal the new schedule amortizes */
            capitalizeArrears?: boolean;
            /**
             * @description ISO 4217 code of `installment`; required with it
             * @example USD
             */
            currency?: string;
            /**
             * @description Date the new schedule applies from; may be in the future (YYYY-MM-DD, 1900-01-01 to 2199-12-31)
             * @example 2026-06-10
             */
            effectiveDate: string;
            /**
             * @description First due date of the new schedule (YYYY-MM-DD, 1900-01-01 to 2199-12-31)
             * @example 2026-07-01
             */
            firstPaymentDate: string;
            /**
             * Format: int64
             * @description A fixed installment instead of a re-amortized one; integer minor units of `currency` (cents for USD), at most 10000000000000
             * @example 50000
             */
            installment?: number;
            /**
             * @description Installments of the new schedule
             * @example 48
             */
            numberOfPayments: number;
            /** @description New annual rate, percent; default unchanged */
            ratePercent?: string;
        };
        ReversalRequest: {
            /**
             * @description ISO 4217 code of `nsfFee`; required with it
             * @example USD
             */
            currency?: string;
            /**
             * @description Business date the event takes effect; may be in the past (YYYY-MM-DD, 1900-01-01 to 2199-12-31)
             * @example 2026-02-01
             */
            effectiveDate: string;
            /** @description Charge the product's NSF (returned payment) fee */
            nsf?: boolean;
            /**
             * Format: int64
             * @description NSF fee to charge instead of the product's; integer minor units of `currency` (cents for USD), at most 10000000000000
             * @example 2500
             */
            nsfFee?: number;
            /** @description Id of the payment being returned */
            transactionId: string;
        };
        RollRateRow: {
            cells: {
                /**
                 * @description startPrincipal ÷ the row's startPrincipal: a fraction as a decimal string, 6 places
                 * @example 0.083333
                 */
                balanceRate: string;
                /**
                 * @description loanCount ÷ the row's loanCount: a fraction as a decimal string, 6 places
                 * @example 0.083333
                 */
                countRate: string;
                /**
                 * Format: int64
                 * @description Their principal at the end date; integer minor units of `currency`
                 */
                endPrincipal: number;
                loanCount: number;
                /**
                 * Format: int64
                 * @description Their principal at the start date; integer minor units of `currency`
                 */
                startPrincipal: number;
                /** @description Bucket at the end date, or where the loan left to (paid-off, charged-off, not-reported …) */
                to: string;
            }[];
            /** @description Bucket at the start date */
            from: string;
            loanCount: number;
            /**
             * Format: int64
             * @description Their principal at the start date; integer minor units of `currency`
             */
            startPrincipal: number;
        };
        RollRates: {
            currencies: {
                columns: string[];
                currency: string;
                newLoans: {
                    /**
                     * Format: int64
                     * @description Principal at the end date; integer minor units of `currency`
                     */
                    endPrincipal: number;
                    loanCount: number;
                    to: string;
                }[];
                rows: components["schemas"]["RollRateRow"][];
            }[];
            from: string;
            snapshots: {
                from: components["schemas"]["SnapshotCoverage"];
                to: components["schemas"]["SnapshotCoverage"];
            };
            to: string;
        };
        RuleSet: {
            /** @description UTC ISO 8601 instant */
            createdAt: string;
            /** @description The version that can still change, if any */
            draftVersion: number | null;
            /** @example rls_01JGFJJZ0000000000000000AB */
            id: string;
            /**
             * @description The document's id slug, unique in the tenant
             * @example demo-underwriting
             */
            key: string;
            latestVersion: number;
            name: string | null;
            /** @description Newest published version; decisions use it by default */
            publishedVersion: number | null;
            /** @description UTC ISO 8601 instant */
            updatedAt: string;
            /** @description Every version, oldest first */
            versions?: components["schemas"]["RuleSetVersionSummary"][];
        };
        RuleSetDocument: {
            arithmetic: {
                divisionScale: number;
                /** @enum {string} */
                roundingMode: "half-even" | "half-up" | "down" | "up" | "floor" | "ceiling";
            };
            compliance?: {
                creditorBusinessDays?: {
                    closedDates: string[];
                    closedWeekdays: number[];
                };
                usuryTable?: {
                    isSampleData: boolean;
                    rules: {
                        amountAtLeast?: number;
                        amountBelow?: number;
                        citation: {
                            source: string;
                            url?: string;
                        };
                        effectiveFrom: string;
                        effectiveUntil?: string;
                        id: string;
                        /** @default false */
                        isExempt?: boolean;
                        lenderTypes?: string[];
                        maxRatePercent?: string;
                        note?: string;
                        productTypes: string[];
                        /** @enum {string} */
                        rateDefinition: "contract-rate" | "apr" | "all-in-rate";
                        state: string;
                    }[];
                    version: string;
                };
                /** @enum {string} */
                usuryWhenNoRule?: "pass" | "fail";
            };
            computed?: {
                description?: string;
                expression: string;
                name: string;
            }[];
            /** @enum {string} */
            defaultDecision: "approve" | "refer" | "decline";
            description?: string;
            id: string;
            inputs: {
                description?: string;
                /** @enum {string} */
                items?: "string" | "number";
                name: string;
                nullable?: boolean;
                /** @enum {string} */
                type: "number" | "decimal" | "string" | "boolean" | "date" | "list";
                unit?: string;
            }[];
            name?: string;
            outputs?: {
                /** @enum {string} */
                combine: "first" | "last" | "sum" | "min" | "max" | "list";
                default?: string | number | boolean | null;
                description?: string;
                name: string;
                /** @enum {string} */
                type: "integer" | "decimal" | "string" | "boolean" | "date" | "list";
            }[];
            rules: {
                /** @enum {string} */
                decision?: "approve" | "refer" | "decline";
                description?: string;
                id: string;
                reasonCodes?: string[];
                reasonCodesFrom?: string;
                set?: {
                    [key: string]: string | number | boolean | null;
                };
                when: string;
            }[];
            /** @enum {number} */
            schemaVersion: 1;
            scorecards?: {
                description?: string;
                name: string;
                scorecard: {
                    attributes: {
                        bins: ({
                            /** @enum {string} */
                            kind: "range";
                            max?: string;
                            /** @default false */
                            maxInclusive?: boolean;
                            min?: string;
                            /** @default true */
                            minInclusive?: boolean;
                            points: number;
                            reasonCode?: string;
                        } | {
                            /** @enum {string} */
                            kind: "category";
                            points: number;
                            reasonCode?: string;
                            values: string[];
                        } | {
                            /** @enum {string} */
                            kind: "missing";
                            points: number;
                            reasonCode?: string;
                        } | {
                            /** @enum {string} */
                            kind: "other";
                            points: number;
                            reasonCode?: string;
                        })[];
                        id: string;
                        label?: string;
                        reasonCode: string;
                        /** @enum {string} */
                        type: "numeric" | "categorical";
                    }[];
                    baseScore: number;
                    description?: string;
                    id: string;
                    version: string;
                };
            }[];
            tables?: {
                /** @enum {string} */
                aggregation?: "sum" | "min" | "max" | "count" | "list";
                description?: string;
                /** @enum {string} */
                hitPolicy: "first" | "unique" | "priority" | "collect";
                id: string;
                inputs: string[];
                outputs: {
                    name: string;
                    priorityList?: string[];
                }[];
                rows: {
                    /** @enum {string} */
                    decision?: "approve" | "refer" | "decline";
                    id: string;
                    reasonCodes?: string[];
                    set: {
                        [key: string]: string | number | boolean | null;
                    };
                    when: string[];
                }[];
            }[];
        };
        RuleSetDraftInput: {
            document: components["schemas"]["RuleSetDocument"];
            reasonStatements?: components["schemas"]["ReasonStatements"];
        };
        RuleSetDraftUpdate: components["schemas"]["RuleSetDraftInput"] & {
            /** @description Change only this version: a published one is refused with 409 version_immutable. Without it the draft is replaced, or a new draft n+1 is started when the newest version is published. */
            expectedVersion?: number;
        };
        RuleSetError: {
            /** @example unknown_variable */
            code: string;
            column?: number;
            computed?: string;
            expression?: string;
            line?: number;
            message: string;
            /** @description 0-based character offset in the expression */
            offset?: number;
            output?: string;
            /** @example /document/rules/3/when */
            pointer: string;
            rowId?: string;
            ruleId?: string;
            tableId?: string;
        } | null;
        RuleSetPage: {
            data: components["schemas"]["RuleSet"][];
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
        };
        RuleSetValidateInput: {
            /** @description A RuleSetDocument to check; the rule set's current draft when omitted */
            document?: {
                [key: string]: unknown;
            };
            reasonStatements?: components["schemas"]["ReasonStatements"];
        };
        RuleSetValidation: {
            error: components["schemas"]["RuleSetError"];
            /** @description Content hash the document would publish with */
            hash: string | null;
            valid: boolean;
            /** @description The draft checked, or null for a supplied document */
            version: number | null;
        };
        RuleSetVersion: components["schemas"]["RuleSetVersionSummary"] & {
            document: components["schemas"]["RuleSetDocument"];
            reasonStatements: components["schemas"]["ReasonStatements"] & (Record<string, never> | null);
            ruleSetId: string;
        };
        RuleSetVersionPage: {
            data: components["schemas"]["RuleSetVersion"][];
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @description draft: editable; published: immutable, used by decisions
         * @enum {string}
         */
        RuleSetVersionStatus: "draft" | "published";
        RuleSetVersionSummary: {
            /** @description UTC ISO 8601 instant */
            createdAt: string;
            createdBy: string;
            /** @description sha256: content hash of the document; set when published */
            hash: string | null;
            publishedAt: string | null;
            publishedBy: string | null;
            status: components["schemas"]["RuleSetVersionStatus"];
            /** @description UTC ISO 8601 instant */
            updatedAt: string;
            version: number;
        };
        SanctionsListEntry: {
            /**
             * @description The list's id of the entry (OFAC's ent_num)
             * @example 36
             */
            id: string;
            /**
             * @description The listed name
             * @example AL-ZAWAHIRI, Ayman
             */
            name: string;
            /**
             * @example [
             *       "SDGT"
             *     ]
             */
            programs: string[];
            /** @enum {string} */
            type: "individual" | "entity" | "vessel" | "aircraft";
        };
        ScorecardOutcome: {
            attributes: {
                attributeId: string;
                binIndex: number;
                maxPoints: number;
                points: number;
                reasonCode: string;
            }[];
            /** @description The name rules read the score by */
            name: string;
            /** @description Ranked by points lost against each attribute's best bin */
            reasonCodes: {
                attributeIds: string[];
                code: string;
                pointsBelowMax: number;
            }[];
            score: number;
            scorecardId: string;
            scorecardVersion: string;
        };
        Screening: {
            /** @description When it ran; UTC ISO 8601 instant */
            createdAt: string;
            /** @description Every entry a name matched, best first: new hits open, hits found before as they stand */
            hits: components["schemas"]["ScreeningHit"][];
            /** @example scr_01JGFJJZ0000000000000000AB */
            id: string;
            /** @description The sanctions list load screened against (the newest) */
            listId: string;
            /** @description How many of the party's names were screened */
            namesScreened: number;
            /** @enum {string} */
            object: "screening";
            /** @enum {string} */
            outcome: "clear" | "potential_match";
            partyId: string;
            /**
             * @description A name scoring at least this is a hit
             * @example 0.85
             */
            threshold: string;
            /** @enum {string} */
            trigger: "api" | "list_load" | "application";
        };
        ScreeningHit: {
            /** @description The alias that matched (OFAC's alt_num), or null */
            aliasId: string | null;
            /** @description When it was raised; UTC ISO 8601 instant */
            createdAt: string;
            entry: components["schemas"]["SanctionsListEntry"];
            /** @example sch_01JGFJJZ0000000000000000AB */
            id: string;
            /** @description The sanctions list load it was found on */
            listId: string;
            /** @description The entry's name that matched: its listed name or an alias */
            matchedName: string;
            /** @enum {string} */
            object: "screening_hit";
            partyId: string;
            /** @description When it was cleared or confirmed; UTC ISO 8601 instant */
            reviewedAt: string | null;
            reviewedBy: string | null;
            reviewNote: string | null;
            /**
             * @description Similarity, 0 to 1, a decimal string with four places
             * @example 0.9641
             */
            score: string;
            /** @description The party's name it matched */
            screenedName: string;
            /** @description The screening that raised it */
            screeningId: string;
            status: components["schemas"]["ScreeningHitStatus"];
            /** @description The review sanctions hit task */
            taskId: string | null;
            /** @description When it last changed; UTC ISO 8601 instant */
            updatedAt: string;
        };
        ScreeningHitPage: {
            data: components["schemas"]["ScreeningHit"][];
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
        };
        ScreeningHitReview: {
            /** @description Why: what told the reviewer it is (or is not) the listed entry */
            note: string;
        };
        /**
         * @description open: to review; cleared: a false positive, not the listed entry; confirmed: the listed entry
         * @enum {string}
         */
        ScreeningHitStatus: "open" | "cleared" | "confirmed";
        Settings: {
            /** @description The tenant's business date now; every `asOf` defaults to it */
            businessDate: string;
            closedOnWeekends: boolean;
            cutoffTime: string;
            holidays: string[];
            /** @enum {string} */
            object: "settings";
            /** @description A sandbox may move its test clock; set by the operator, not here */
            sandbox: boolean;
            /** @description A sandbox's business date while its test clock is set */
            testClockDate: string | null;
            timeZone: string;
        };
        SettingsUpdate: {
            /** @description Whether Saturdays and Sundays are not business days */
            closedOnWeekends?: boolean;
            /**
             * @description Local time the business day ends; `00:00` is midnight
             * @example 17:00
             */
            cutoffTime?: string;
            /**
             * @description Dates that are not business days
             * @example [
             *       "2026-12-25"
             *     ]
             */
            holidays?: string[];
            /**
             * @description IANA time zone the business day is kept in
             * @example America/New_York
             */
            timeZone?: string;
        };
        SimulationInput: {
            /** @description Facts of each application, as POST /v1/decisions takes them */
            applications?: {
                [key: string]: unknown;
            }[];
            /** @description Default: the newest published version */
            baselineVersion?: number;
            /**
             * @description Changed cases to return
             * @default 20
             */
            sampleSize?: number;
            /** @description Also replay the facts of the newest N stored decisions of this rule set */
            storedDecisions?: number;
        };
        SimulationReport: {
            baseline: components["schemas"]["OutcomeCounts"];
            baselineVersion: number;
            candidate: components["schemas"]["OutcomeCounts"];
            candidateVersion: number;
            changed: number;
            ruleSetId: string;
            samples: {
                baseline: {
                    errorCode?: string;
                    /** @enum {string} */
                    outcome: "approve" | "refer" | "decline" | "error";
                    reasonCodes: string[];
                };
                candidate: {
                    errorCode?: string;
                    /** @enum {string} */
                    outcome: "approve" | "refer" | "decline" | "error";
                    reasonCodes: string[];
                };
                decisionId?: string;
                index: number;
                /** @enum {string} */
                source: "supplied" | "stored";
            }[];
            total: number;
            /** @description transitions[baselineOutcome][candidateOutcome] = number of applications */
            transitions: {
                approve: components["schemas"]["OutcomeCounts"];
                decline: components["schemas"]["OutcomeCounts"];
                error: components["schemas"]["OutcomeCounts"];
                refer: components["schemas"]["OutcomeCounts"];
            };
        };
        SnapshotCoverage: {
            /** @description Loan snapshots of the date */
            loanCount: number;
            /** @description Snapshots computed before a later event on their loan (e.g. back-dated): re-run close-day */
            staleLoanCount: number;
        };
        /** @enum {string} */
        StaffRole: "processor" | "underwriter" | "closer" | "admin";
        StartClosingInput: {
            /**
             * Format: date
             * @description Business date the loan is to be funded; YYYY-MM-DD
             * @example 2026-03-16
             */
            fundingDate: string;
        };
        StoredLoanEvent: {
            /** @description The event's own fields: amounts are integers of minor units of the loan's currency, `…Percent` decimal strings */
            details: {
                [key: string]: unknown;
            };
            effectiveDate: string;
            id: string;
            /** @description UTC instant it was appended */
            recordedAt: string;
            /** @description Subject of the token that posted it */
            recordedBy: string;
            reversesEventId: string | null;
            /** @description Arrival order within the loan, from 1 */
            sequence: number;
            type: string;
        };
        Task: {
            /** @description The application it is for; null for a party's task (a sanctions hit review) */
            applicationId: string | null;
            /** @description Token subject working it; null while open */
            assignee: string | null;
            /** @description When it was last claimed or reassigned; UTC ISO 8601 instant */
            claimedAt: string | null;
            /** @description When it was completed; UTC ISO 8601 instant */
            completedAt: string | null;
            completedBy: string | null;
            /** @description When it was created; UTC ISO 8601 instant */
            createdAt: string;
            /** @description What the task is about, for its worker: for a sanctions hit review the hit, the list entry, the matched name and the score */
            details: {
                [key: string]: unknown;
            } | null;
            /** @description When its SLA runs out; UTC ISO 8601 instant */
            dueAt: string;
            /** @example tsk_01JGFJJZ0000000000000000AB */
            id: string;
            name: string;
            note: string | null;
            /** @enum {string} */
            object: "task";
            outcome: string | null;
            /** @description Not completed and past dueAt */
            overdue: boolean;
            /** @description The party a party's task is about, else null */
            partyId: string | null;
            queue: string;
            role: components["schemas"]["StaffRole"];
            /** @description The stage whose entry made it; null if none did */
            stageId: string | null;
            status: components["schemas"]["TaskStatus"];
            /** @description Its task template in that stage; null if none */
            templateId: string | null;
            /** @description When it last changed; UTC ISO 8601 instant */
            updatedAt: string;
            /** @description The workflow version that made it; null if none did */
            workflowId: string | null;
            workflowVersion: number | null;
        };
        TaskCompletion: {
            /** @description Free text for the file */
            note?: string;
            /**
             * @description What came of it, e.g. verified
             * @example verified
             */
            outcome: string;
        };
        TaskPage: {
            data: components["schemas"]["Task"][];
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
        };
        TaskReassignment: {
            /** @description The token subject (`sub`) to work it */
            assignee: string;
        };
        /**
         * @description open: in its queue, nobody's yet; claimed: someone (the assignee) works it; completed: done, with an outcome
         * @enum {string}
         */
        TaskStatus: "open" | "claimed" | "completed";
        TestClockAdvance: {
            /**
             * Format: date
             * @description The business date to move to (after the current one)
             * @example 2027-03-01
             */
            to: string;
        };
        TestClockAdvanceResult: {
            /** @description Calendar dates the daily close ran for (from through the day before to) */
            datesClosed: number;
            eventsRecorded: number;
            /** @description The business date before */
            from: string;
            loanSnapshotsWritten: number;
            /** @description The business date now */
            to: string;
        };
        TraceEntry: {
            /** @description Compliance checks the rule or row called */
            checks?: components["schemas"]["FiredComplianceCheck"][];
            /** @enum {string|null} */
            decision: "approve" | "refer" | "decline" | null;
            /** @description Rule id, or row id for a decision-table row */
            id: string;
            /** @enum {string} */
            kind: "rule" | "row";
            reasonCodes: string[];
            tableId?: string;
            /** @description The values the rule or row read */
            values: {
                [key: string]: unknown;
            };
        };
        TrialBalance: {
            asOf: string;
            loanId: string;
            rows: {
                account: string;
                /**
                 * Format: int64
                 * @description Debits minus credits; integer minor units of `currency`
                 */
                balance: number;
                /**
                 * Format: int64
                 * @description Credits; integer minor units of `currency`
                 */
                credit: number;
                currency: string;
                /**
                 * Format: int64
                 * @description Debits; integer minor units of `currency`
                 */
                debit: number;
            }[];
            totals: {
                /**
                 * Format: int64
                 * @description Always 0: every entry balances; integer minor units of `currency`
                 */
                balance: number;
                /**
                 * Format: int64
                 * @description Credits; integer minor units of `currency`
                 */
                credit: number;
                currency: string;
                /**
                 * Format: int64
                 * @description Debits; integer minor units of `currency`
                 */
                debit: number;
            }[];
        };
        WebhookAttempt: {
            attempt: number;
            attemptedAt: string;
            latencyMs: number;
            /** @description The first 1 KiB of the answer, or why there was none */
            response: string;
            /** @description Null when no HTTP answer came */
            statusCode: number | null;
            succeeded: boolean;
        };
        WebhookDelivery: {
            attempts: components["schemas"]["WebhookAttempt"][];
            createdAt: string;
            /** @description Also the `webhook-id` header of every attempt, so receivers can de-duplicate */
            eventId: string;
            eventType: string;
            /** @example whd_01JGFJJZ0000000000000000AB */
            id: string;
            /** @description When the next attempt is due; null once settled */
            nextAttemptAt: string | null;
            /** @enum {string} */
            object: "webhook_delivery";
            status: components["schemas"]["WebhookDeliveryStatus"];
        };
        WebhookDeliveryPage: {
            data: components["schemas"]["WebhookDelivery"][];
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
        };
        /**
         * @description pending: being tried; succeeded: a 2xx came; dead: retries exhausted
         * @enum {string}
         */
        WebhookDeliveryStatus: "pending" | "succeeded" | "dead";
        WebhookEndpoint: {
            createdAt: string;
            description: string | null;
            /** @description Why Lendstack disabled the endpoint (deliveries failing for days); null otherwise */
            disabledReason: string | null;
            enabled: boolean;
            eventTypes: string[];
            /** @example we_01JGFJJZ0000000000000000AB */
            id: string;
            /** @enum {string} */
            object: "webhook_endpoint";
            updatedAt: string;
            url: string;
        };
        WebhookEndpointCreate: {
            /** @description Your note about the endpoint */
            description?: string | null;
            /** @default true */
            enabled?: boolean;
            /**
             * @description Event types to deliver: exact types, prefixes such as `loan.*`, or `*`
             * @example [
             *       "loan.*"
             *     ]
             */
            eventTypes: string[];
            /**
             * @description Where deliveries are POSTed. `https` outside development; private addresses are refused unless allowed
             * @example https://example.com/lendstack/webhooks
             */
            url: string;
        };
        WebhookEndpointPage: {
            data: components["schemas"]["WebhookEndpoint"][];
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
        };
        WebhookEndpointUpdate: {
            /** @description Your note about the endpoint */
            description?: string | null;
            enabled?: boolean;
            /**
             * @description Event types to deliver: exact types, prefixes such as `loan.*`, or `*`
             * @example [
             *       "loan.*"
             *     ]
             */
            eventTypes?: string[];
            /**
             * @description Where deliveries are POSTed. `https` outside development; private addresses are refused unless allowed
             * @example https://example.com/lendstack/webhooks
             */
            url?: string;
        };
        WebhookEndpointWithSecret: components["schemas"]["WebhookEndpoint"] & {
            /**
             * @description The signing secret (`whsec_…`). Shown once: store it now.
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret: string;
        };
        WebhookReplayRequest: {
            /**
             * Format: date-time
             * @description Exclusive
             */
            createdBefore?: string;
            /**
             * Format: date-time
             * @description Inclusive
             */
            createdFrom?: string;
            /**
             * @description A event id: `evt_` then 26 Crockford base-32 characters
             * @example evt_01JGFJJZ0000000000000000AB
             */
            eventId?: string;
        };
        WebhookReplayResult: {
            /** @description Subscribed events queued for delivery again */
            deliveriesQueued: number;
        };
        WebhookSecretRotation: {
            /** @description Until then deliveries carry signatures with both the old and the new secret */
            previousSecretExpiresAt: string;
            /** @description The new signing secret, shown once */
            secret: string;
        };
        Workflow: {
            conditions: components["schemas"]["WorkflowConditionTemplate"][];
            /** @description When it was created; UTC ISO 8601 instant */
            createdAt: string;
            /** @description Token subject that created it */
            createdBy: string;
            facts: components["schemas"]["WorkflowFact"][];
            /** @example wf_01JGFJJZ0000000000000000AB */
            id: string;
            /** @enum {string} */
            object: "workflow";
            productId: string;
            /** @description When it was published; UTC ISO 8601 instant */
            publishedAt: string | null;
            publishedBy: string | null;
            stages: components["schemas"]["WorkflowStage"][];
            status: components["schemas"]["WorkflowStatus"];
            /** @description When a newer version replaced it; UTC ISO 8601 instant */
            supersededAt: string | null;
            /** @description 1, 2, 3… per product */
            version: number;
            workingHours: components["schemas"]["WorkingHours"];
        };
        WorkflowConditionTemplate: {
            /** @description What must be satisfied */
            description: string;
            /** @description Unique in the workflow */
            id: string;
            /** @description `prior_to_approval` or `prior_to_closing` */
            kind: string;
        };
        /** @description A fact the workflow's expressions read, declared as a rule set declares an input. The application supplies `requestedAmount`, `numberOfPayments`, `termMonths` (monthly products), `proposedPayment`, `propertyValue`, `monthlyIncome`, `monthlyDebt` and `state`; declare others `nullable`. */
        WorkflowFact: {
            /** @description What it is */
            description?: string;
            /** @description Item type of a list: `string` or `number` */
            items?: string;
            /** @description An identifier, e.g. requestedAmount */
            name: string;
            /** @description A missing fact reads as null only when true */
            nullable?: boolean;
            /** @description `number`, `decimal`, `string`, `boolean`, `date` or `list` */
            type: string;
            /** @description Documentation only, e.g. USD_minor */
            unit?: string;
        };
        WorkflowInput: {
            conditions?: components["schemas"]["WorkflowConditionTemplate"][];
            facts: components["schemas"]["WorkflowFact"][];
            /**
             * @description The product the workflow is for
             * @example prd_01JGFJJZ0000000000000000AB
             */
            productId: string;
            stages: components["schemas"]["WorkflowStage"][];
            workingHours?: components["schemas"]["WorkingHours"] & unknown;
        };
        WorkflowPage: {
            data: components["schemas"]["Workflow"][];
            /** @description Pass as `cursor` to get the next page; null on the last page */
            nextCursor: string | null;
        };
        /** @description How long the work may take */
        WorkflowSla: {
            /** @description A whole number from 1 to 10000 */
            amount: number;
            /** @description `business_hours`, `business_days` or `calendar_days` */
            unit: string;
        };
        /** @description A step inside one application state. On entering a state the application takes the first of its stages whose entry condition holds; the last stage of each state has none. */
        WorkflowStage: {
            /** @description The application is in this stage when this holds: a boolean rule-language expression over the declared facts */
            entryCondition?: string;
            /** @description Unique in the workflow */
            id: string;
            /** @description Display name */
            name: string;
            sla?: components["schemas"]["WorkflowSla"];
            /** @description The application state (`ApplicationState`) the stage is part of */
            state: string;
            tasks: components["schemas"]["WorkflowTaskTemplate"][];
        };
        /**
         * @description draft: not in force; published: the product's workflow in force; superseded: replaced by a newer one
         * @enum {string}
         */
        WorkflowStatus: "draft" | "published" | "superseded";
        WorkflowTaskTemplate: {
            /** @description Unique in its stage: 1-64 letters, digits, `_`, `-` or `.` */
            id: string;
            /** @description What to do */
            name: string;
            /** @description The work queue it goes to */
            queue: string;
            /** @description Who works it: `processor`, `underwriter`, `closer` or `admin` */
            role: string;
            sla: components["schemas"]["WorkflowSla"];
            /** @description Create the task only when this holds: a boolean rule-language expression over the declared facts */
            when?: string;
        };
        WorkingHours: {
            /**
             * @description Business days: weekdays except US federal holidays, or every weekday
             * @enum {string}
             */
            calendar: "us_federal" | "weekends_only";
            /**
             * @description Local closing time, after opensAt
             * @example 09:00
             */
            closesAt: string;
            /**
             * @description Local opening time
             * @example 09:00
             */
            opensAt: string;
            /** @description Local time minus UTC, in minutes */
            utcOffsetMinutes: number;
        };
        WriteOffRequest: {
            /**
             * @description Business date the event takes effect; may be in the past (YYYY-MM-DD, 1900-01-01 to 2199-12-31)
             * @example 2026-02-01
             */
            effectiveDate: string;
        };
    };
    responses: {
        /** @description The database cannot be reached right now (`database_unavailable`); retry after `Retry-After` seconds (a POST with the same `Idempotency-Key`) */
        ServiceUnavailable: {
            headers: {
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                "Retry-After": components["headers"]["Retry-After"];
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Too many requests for this token in this window (`rate_limited`); retry after `Retry-After` seconds */
        TooManyRequests: {
            headers: {
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                "Retry-After": components["headers"]["Retry-After"];
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description `true` when this response is the stored response of an earlier request with the same `Idempotency-Key` */
        "Idempotent-Replayed": string;
        /** @description What is left of the limit (IETF draft-ietf-httpapi-ratelimit-headers): `r` requests remaining, `t` seconds until the window resets */
        RateLimit: string;
        /** @description The rate limit that applies to this token (IETF draft-ietf-httpapi-ratelimit-headers): `q` requests per `w` seconds, per tenant and token subject */
        "RateLimit-Policy": string;
        /** @description Seconds to wait before retrying */
        "Retry-After": string;
        /** @description This request's id (yours, if you sent a sane `X-Request-Id`); also in problem documents as `requestId` */
        "X-Request-Id": string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listAchFiles: {
        parameters: {
            query?: {
                /** @description Only items whose `businessDate` is at or after this (inclusive); a business date YYYY-MM-DD */
                "businessDate[gte]"?: string;
                /** @description Only items whose `businessDate` is before this (exclusive); a business date YYYY-MM-DD */
                "businessDate[lt]"?: string;
                /** @description Opaque cursor: the `nextCursor` of the previous page */
                cursor?: string;
                /** @description Page size, 1 to 100 */
                limit?: number;
            };
            header?: {
                /** @description An `ETag` from an earlier read: 304 with no body when the representation is unchanged */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of ACH files */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AchFilePage"];
                };
            };
            /** @description Not modified: the `ETag` matches `If-None-Match`; no body */
            304: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAchFile: {
        parameters: {
            query?: never;
            header?: {
                /** @description An `ETag` from an earlier read: 304 with no body when the representation is unchanged */
                "if-none-match"?: string;
            };
            path: {
                /** @description A ACH file id: `achf_` then 26 Crockford base-32 characters */
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AchFile"];
                };
            };
            /** @description Not modified: the `ETag` matches `If-None-Match`; no body */
            304: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    downloadAchFile: {
        parameters: {
            query?: never;
            header?: {
                /** @description An `ETag` from an earlier read: 304 with no body when the representation is unchanged */
                "if-none-match"?: string;
            };
            path: {
                /** @description A ACH file id: `achf_` then 26 Crockford base-32 characters */
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file's text */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description Not modified: the `ETag` matches `If-None-Match`; no body */
            304: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    ingestAchReturns: {
        parameters: {
            query?: never;
            header: {
                /** @description Required: this operation moves money. Retry-safe key (1-255 visible ASCII, e.g. a UUID): a retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is 422 `idempotency_key_reused`. Only successful responses are kept; a 4xx or 5xx leaves the key free. */
                "idempotency-key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AchReturnsFile"];
            };
        };
        responses: {
            /** @description What was done */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AchReturnsResult"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts (`payload_too_large`) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json (`unsupported_media_type`) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listApplications: {
        parameters: {
            query?: {
                /** @description Declined applications whose adverse-action notice is still due (or overdue), or sent */
                adverseActionNotice?: "due" | "sent";
                /** @description Only applications assigned to this person */
                assignee?: string;
                /** @description Only items whose `createdAt` is at or after this (inclusive); an ISO 8601 instant */
                "createdAt[gte]"?: string;
                /** @description Only items whose `createdAt` is before this (exclusive); an ISO 8601 instant */
                "createdAt[lt]"?: string;
                /** @description Opaque cursor: the `nextCursor` of the previous page */
                cursor?: string;
                /** @description Page size, 1 to 100 */
                limit?: number;
                /** @description Only applications for this product */
                productId?: string;
                /** @description Only applications in this state */
                state?: components["schemas"]["ApplicationState"] & unknown;
            };
            header?: {
                /** @description An `ETag` from an earlier read: 304 with no body when the representation is unchanged */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of applications */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationPage"];
                };
            };
            /** @description Not modified: the `ETag` matches `If-None-Match`; no body */
            304: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key (1-255 visible ASCII, e.g. a UUID): a retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is 422 `idempotency_key_reused`. Only successful responses are kept; a 4xx or 5xx leaves the key free. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplicationCreate"];
            };
        };
        responses: {
            /** @description The draft */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state forbids this now, or an idempotent request is still in progress */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts (`payload_too_large`) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json (`unsupported_media_type`) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description An `ETag` from an earlier read: 304 with no body when the representation is unchanged */
                "if-none-match"?: string;
            };
            path: {
                /** @description A application id: `app_` then 26 Crockford base-32 characters */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The application */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            /** @description Not modified: the `ETag` matches `If-None-Match`; no body */
            304: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A application id: `app_` then 26 Crockford base-32 characters */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplicationUpdate"];
            };
        };
        responses: {
            /** @description The draft after the change */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state forbids this now, or an idempotent request is still in progress */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts (`payload_too_large`) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json (`unsupported_media_type`) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAdverseActionNotice: {
        parameters: {
            query?: never;
            header?: {
                /** @description An `ETag` from an earlier read: 304 with no body when the representation is unchanged */
                "if-none-match"?: string;
            };
            path: {
                /** @description A application id: `app_` then 26 Crockford base-32 characters */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The notice */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdverseActionNotice"];
                };
            };
            /** @description Not modified: the `ETag` matches `If-None-Match`; no body */
            304: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state forbids this now, or an idempotent request is still in progress */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    recordAdverseActionNoticeDelivery: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key (1-255 visible ASCII, e.g. a UUID): a retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is 422 `idempotency_key_reused`. Only successful responses are kept; a 4xx or 5xx leaves the key free. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description A application id: `app_` then 26 Crockford base-32 characters */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdverseActionNoticeDelivery"];
            };
        };
        responses: {
            /** @description The notice, sent */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdverseActionNotice"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state forbids this now, or an idempotent request is still in progress */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts (`payload_too_large`) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json (`unsupported_media_type`) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    approveApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key (1-255 visible ASCII, e.g. a UUID): a retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is 422 `idempotency_key_reused`. Only successful responses are kept; a 4xx or 5xx leaves the key free. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description A application id: `app_` then 26 Crockford base-32 characters */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The application after the command */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state forbids this now, or an idempotent request is still in progress */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts (`payload_too_large`) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json (`unsupported_media_type`) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    startApplicationClosing: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key (1-255 visible ASCII, e.g. a UUID): a retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is 422 `idempotency_key_reused`. Only successful responses are kept; a 4xx or 5xx leaves the key free. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description A application id: `app_` then 26 Crockford base-32 characters */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartClosingInput"];
            };
        };
        responses: {
            /** @description The application after the command */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state forbids this now, or an idempotent request is still in progress */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts (`payload_too_large`) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json (`unsupported_media_type`) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listApplicationConditions: {
        parameters: {
            query?: {
                /** @description Opaque cursor: the `nextCursor` of the previous page */
                cursor?: string;
                /** @description Page size, 1 to 100 */
                limit?: number;
                /** @description Only conditions in this status */
                status?: components["schemas"]["ConditionStatus"] & unknown;
            };
            header?: {
                /** @description An `ETag` from an earlier read: 304 with no body when the representation is unchanged */
                "if-none-match"?: string;
            };
            path: {
                /** @description A application id: `app_` then 26 Crockford base-32 characters */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of an application's conditions */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConditionPage"];
                };
            };
            /** @description Not modified: the `ETag` matches `If-None-Match`; no body */
            304: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    raiseApplicationCondition: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key (1-255 visible ASCII, e.g. a UUID): a retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is 422 `idempotency_key_reused`. Only successful responses are kept; a 4xx or 5xx leaves the key free. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description A application id: `app_` then 26 Crockford base-32 characters */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConditionInput"];
            };
        };
        responses: {
            /** @description The open condition */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Condition"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts (`payload_too_large`) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json (`unsupported_media_type`) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    clearApplicationCondition: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key (1-255 visible ASCII, e.g. a UUID): a retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is 422 `idempotency_key_reused`. Only successful responses are kept; a 4xx or 5xx leaves the key free. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description A application id: `app_` then 26 Crockford base-32 characters */
                applicationId: string;
                /** @description A condition id: `cnd_` then 26 Crockford base-32 characters */
                conditionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cleared condition */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Condition"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state forbids this now, or an idempotent request is still in progress */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    waiveApplicationCondition: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key (1-255 visible ASCII, e.g. a UUID): a retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is 422 `idempotency_key_reused`. Only successful responses are kept; a 4xx or 5xx leaves the key free. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description A application id: `app_` then 26 Crockford base-32 characters */
                applicationId: string;
                /** @description A condition id: `cnd_` then 26 Crockford base-32 characters */
                conditionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConditionWaiver"];
            };
        };
        responses: {
            /** @description The waived condition */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Condition"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state forbids this now, or an idempotent request is still in progress */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts (`payload_too_large`) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json (`unsupported_media_type`) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    decideApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key (1-255 visible ASCII, e.g. a UUID): a retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is 422 `idempotency_key_reused`. Only successful responses are kept; a 4xx or 5xx leaves the key free. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description A application id: `app_` then 26 Crockford base-32 characters */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplicationDecisionInput"];
            };
        };
        responses: {
            /** @description The application after the command */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state forbids this now, or an idempotent request is still in progress */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts (`payload_too_large`) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json (`unsupported_media_type`) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    declineApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key (1-255 visible ASCII, e.g. a UUID): a retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is 422 `idempotency_key_reused`. Only successful responses are kept; a 4xx or 5xx leaves the key free. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description A application id: `app_` then 26 Crockford base-32 characters */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplicationDeclineInput"];
            };
        };
        responses: {
            /** @description The application after the command */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state forbids this now, or an idempotent request is still in progress */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts (`payload_too_large`) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json (`unsupported_media_type`) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    fundApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key (1-255 visible ASCII, e.g. a UUID): a retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is 422 `idempotency_key_reused`. Only successful responses are kept; a 4xx or 5xx leaves the key free. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description A application id: `app_` then 26 Crockford base-32 characters */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FundApplicationInput"];
            };
        };
        responses: {
            /** @description Already funded: the same loan and disbursement as the call that funded it */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Funding"];
                };
            };
            /** @description Funded now: the application, its new loan and the disbursement */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Funding"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state forbids this now, or an idempotent request is still in progress */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts (`payload_too_large`) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json (`unsupported_media_type`) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listApplicationOffers: {
        parameters: {
            query?: never;
            header?: {
                /** @description An `ETag` from an earlier read: 304 with no body when the representation is unchanged */
                "if-none-match"?: string;
            };
            path: {
                /** @description A application id: `app_` then 26 Crockford base-32 characters */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The offers */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfferList"];
                };
            };
            /** @description Not modified: the `ETag` matches `If-None-Match`; no body */
            304: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    acceptApplicationOffer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key (1-255 visible ASCII, e.g. a UUID): a retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is 422 `idempotency_key_reused`. Only successful responses are kept; a 4xx or 5xx leaves the key free. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description A application id: `app_` then 26 Crockford base-32 characters */
                applicationId: string;
                /** @description A offer id: `ofr_` then 26 Crockford base-32 characters */
                offerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The application after acceptance */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state forbids this now, or an idempotent request is still in progress */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    counterApplicationOffer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key (1-255 visible ASCII, e.g. a UUID): a retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is 422 `idempotency_key_reused`. Only successful responses are kept; a 4xx or 5xx leaves the key free. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description A application id: `app_` then 26 Crockford base-32 characters */
                applicationId: string;
                /** @description A offer id: `ofr_` then 26 Crockford base-32 characters */
                offerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CounterOfferInput"];
            };
        };
        responses: {
            /** @description The application with the counter-offer */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state forbids this now, or an idempotent request is still in progress */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts (`payload_too_large`) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json (`unsupported_media_type`) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    submitApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key (1-255 visible ASCII, e.g. a UUID): a retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is 422 `idempotency_key_reused`. Only successful responses are kept; a 4xx or 5xx leaves the key free. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description A application id: `app_` then 26 Crockford base-32 characters */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The application after the command */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state forbids this now, or an idempotent request is still in progress */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts (`payload_too_large`) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json (`unsupported_media_type`) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    withdrawApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key (1-255 visible ASCII, e.g. a UUID): a retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is 422 `idempotency_key_reused`. Only successful responses are kept; a 4xx or 5xx leaves the key free. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description A application id: `app_` then 26 Crockford base-32 characters */
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The application after the command */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state forbids this now, or an idempotent request is still in progress */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts (`payload_too_large`) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json (`unsupported_media_type`) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listAuditRecords: {
        parameters: {
            query?: {
                /** @description Only this action */
                action?: string;
                /** @description Opaque cursor: the `nextCursor` of the previous page */
                cursor?: string;
                /** @description Page size, 1 to 100 */
                limit?: number;
                /** @description Only items whose `occurredAt` is at or after this (inclusive); an ISO 8601 instant */
                "occurredAt[gte]"?: string;
                /** @description Only items whose `occurredAt` is before this (exclusive); an ISO 8601 instant */
                "occurredAt[lt]"?: string;
                /** @description Only records about this resource */
                resourceId?: string;
                /** @description Only records about this kind of resource */
                resourceType?: string;
            };
            header?: {
                /** @description An `ETag` from an earlier read: 304 with no body when the representation is unchanged */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of audit records */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditRecordPage"];
                };
            };
            /** @description Not modified: the `ETag` matches `If-None-Match`; no body */
            304: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listCloseRuns: {
        parameters: {
            query?: {
                /** @description Only items whose `businessDate` is at or after this (inclusive); a business date YYYY-MM-DD */
                "businessDate[gte]"?: string;
                /** @description Only items whose `businessDate` is before this (exclusive); a business date YYYY-MM-DD */
                "businessDate[lt]"?: string;
                /** @description Opaque cursor: the `nextCursor` of the previous page */
                cursor?: string;
                /** @description Page size, 1 to 100 */
                limit?: number;
                /** @description completed_with_failures: some loans could not be closed (listed) */
                status?: components["schemas"]["CloseRunStatus"];
            };
            header?: {
                /** @description An `ETag` from an earlier read: 304 with no body when the representation is unchanged */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of close runs */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CloseRunPage"];
                };
            };
            /** @description Not modified: the `ETag` matches `If-None-Match`; no body */
            304: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCloseRun: {
        parameters: {
            query?: never;
            header?: {
                /** @description An `ETag` from an earlier read: 304 with no body when the representation is unchanged */
                "if-none-match"?: string;
            };
            path: {
                /** @description A close run id: `cr_` then 26 Crockford base-32 characters */
                closeRunId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The close run */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CloseRun"];
                };
            };
            /** @description Not modified: the `ETag` matches `If-None-Match`; no body */
            304: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listDecisions: {
        parameters: {
            query?: {
                /** @description Only items whose `createdAt` is at or after this (inclusive); an ISO 8601 instant */
                "createdAt[gte]"?: string;
                /** @description Only items whose `createdAt` is before this (exclusive); an ISO 8601 instant */
                "createdAt[lt]"?: string;
                /** @description Opaque cursor: the `nextCursor` of the previous page */
                cursor?: string;
                /** @description Only decisions with this outcome */
                decision?: "approve" | "refer" | "decline";
                /** @description Page size, 1 to 100 */
                limit?: number;
                /** @description Only decisions made by this rule set */
                ruleSetId?: string;
            };
            header?: {
                /** @description An `ETag` from an earlier read: 304 with no body when the representation is unchanged */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of decisions */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionPage"];
                };
            };
            /** @description Not modified: the `ETag` matches `If-None-Match`; no body */
            304: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    makeDecision: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key (1-255 visible ASCII, e.g. a UUID): a retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is 422 `idempotency_key_reused`. Only successful responses are kept; a 4xx or 5xx leaves the key free. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionInput"];
            };
        };
        responses: {
            /** @description The stored decision */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Decision"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state forbids this now, or an idempotent request is still in progress */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts (`payload_too_large`) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json (`unsupported_media_type`) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getDecision: {
        parameters: {
            query?: never;
            header?: {
                /** @description An `ETag` from an earlier read: 304 with no body when the representation is unchanged */
                "if-none-match"?: string;
            };
            path: {
                /** @description A decision id: `dec_` then 26 Crockford base-32 characters */
                decisionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The decision as made */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Decision"];
                };
            };
            /** @description Not modified: the `ETag` matches `If-None-Match`; no body */
            304: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getDisbursement: {
        parameters: {
            query?: never;
            header?: {
                /** @description An `ETag` from an earlier read: 304 with no body when the representation is unchanged */
                "if-none-match"?: string;
            };
            path: {
                /** @description A disbursement id: `dsi_` then 26 Crockford base-32 characters */
                disbursementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The disbursement */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Disbursement"];
                };
            };
            /** @description Not modified: the `ETag` matches `If-None-Match`; no body */
            304: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateDisbursementStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key (1-255 visible ASCII, e.g. a UUID): a retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is 422 `idempotency_key_reused`. Only successful responses are kept; a 4xx or 5xx leaves the key free. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description A disbursement id: `dsi_` then 26 Crockford base-32 characters */
                disbursementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DisbursementStatusInput"];
            };
        };
        responses: {
            /** @description The disbursement after the change */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Disbursement"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state forbids this now, or an idempotent request is still in progress */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts (`payload_too_large`) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json (`unsupported_media_type`) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listDocuments: {
        parameters: {
            query?: {
                /** @description Only this application's documents */
                applicationId?: string;
                /** @description Opaque cursor: the `nextCursor` of the previous page */
                cursor?: string;
                /** @description Page size, 1 to 100 */
                limit?: number;
                /** @description Only this loan's documents */
                loanId?: string;
                /** @description Only this party's documents */
                partyId?: string;
                /** @description Only documents in this status */
                status?: components["schemas"]["DocumentStatus"] & unknown;
                /** @description Only documents of this type */
                type?: components["schemas"]["DocumentType"] & unknown;
            };
            header?: {
                /** @description An `ETag` from an earlier read: 304 with no body when the representation is unchanged */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of documents */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentPage"];
                };
            };
            /** @description Not modified: the `ETag` matches `If-None-Match`; no body */
            304: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    uploadDocument: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key (1-255 visible ASCII, e.g. a UUID): a retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is 422 `idempotency_key_reused`. Only successful responses are kept; a 4xx or 5xx leaves the key free. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DocumentJsonUpload"];
                "multipart/form-data": {
                    /** @description The application it belongs to */
                    applicationId?: string;
                    /** @description Overrides the file part's Content-Type */
                    contentType?: string;
                    /**
                     * Format: binary
                     * @description The bytes; the last part of the form (fields after it are refused). At most `DOCUMENT_MAX_BYTES` (50 MiB unless configured)
                     */
                    file: string;
                    /** @description Overrides the file part's filename */
                    fileName?: string;
                    /** @description The loan it belongs to */
                    loanId?: string;
                    /** @description The party it belongs to (exactly one owner) */
                    partyId?: string;
                    /** @description The document this upload is a new version of */
                    supersedes?: string;
                    type: components["schemas"]["DocumentType"];
                };
            };
        };
        responses: {
            /** @description The stored document, pending review */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Document"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state forbids this now, or an idempotent request is still in progress */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts (`payload_too_large`) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json (`unsupported_media_type`) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getDocument: {
        parameters: {
            query?: never;
            header?: {
                /** @description An `ETag` from an earlier read: 304 with no body when the representation is unchanged */
                "if-none-match"?: string;
            };
            path: {
                /** @description A document id: `doc_` then 26 Crockford base-32 characters */
                documentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Document"];
                };
            };
            /** @description Not modified: the `ETag` matches `If-None-Match`; no body */
            304: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    acceptDocument: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key (1-255 visible ASCII, e.g. a UUID): a retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is 422 `idempotency_key_reused`. Only successful responses are kept; a 4xx or 5xx leaves the key free. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description A document id: `doc_` then 26 Crockford base-32 characters */
                documentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The accepted document */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Document"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state forbids this now, or an idempotent request is still in progress */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    downloadDocument: {
        parameters: {
            query?: never;
            header?: {
                /** @description An `ETag` from an earlier read: 304 with no body when the representation is unchanged */
                "if-none-match"?: string;
            };
            path: {
                /** @description A document id: `doc_` then 26 Crockford base-32 characters */
                documentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document's bytes */
            200: {
                headers: {
                    /** @description attachment; filename=…; filename*=UTF-8''… */
                    "Content-Disposition"?: string;
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Not modified: the `ETag` matches `If-None-Match`; no body */
            304: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    rejectDocument: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key (1-255 visible ASCII, e.g. a UUID): a retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is 422 `idempotency_key_reused`. Only successful responses are kept; a 4xx or 5xx leaves the key free. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description A document id: `doc_` then 26 Crockford base-32 characters */
                documentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DocumentRejection"];
            };
        };
        responses: {
            /** @description The rejected document */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Document"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state forbids this now, or an idempotent request is still in progress */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts (`payload_too_large`) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json (`unsupported_media_type`) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listEvents: {
        parameters: {
            query?: {
                /** @description Only items whose `businessDate` is at or after this (inclusive); a business date YYYY-MM-DD */
                "businessDate[gte]"?: string;
                /** @description Only items whose `businessDate` is before this (exclusive); a business date YYYY-MM-DD */
                "businessDate[lt]"?: string;
                /** @description Only items whose `createdAt` is at or after this (inclusive); an ISO 8601 instant */
                "createdAt[gte]"?: string;
                /** @description Only items whose `createdAt` is before this (exclusive); an ISO 8601 instant */
                "createdAt[lt]"?: string;
                /** @description Opaque cursor: the `nextCursor` of the previous page */
                cursor?: string;
                /** @description Page size, 1 to 100 */
                limit?: number;
                /** @description Only events about this resource */
                resourceId?: string;
                /** @description An event type, a prefix such as `loan.*`, or `*` */
                type?: string;
            };
            header?: {
                /** @description An `ETag` from an earlier read: 304 with no body when the representation is unchanged */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of events */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventPage"];
                };
            };
            /** @description Not modified: the `ETag` matches `If-None-Match`; no body */
            304: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description An `ETag` from an earlier read: 304 with no body when the representation is unchanged */
                "if-none-match"?: string;
            };
            path: {
                /** @description A event id: `evt_` then 26 Crockford base-32 characters */
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Event"];
                };
            };
            /** @description Not modified: the `ETag` matches `If-None-Match`; no body */
            304: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listLoans: {
        parameters: {
            query?: {
                /** @description Only items with exactly this value: the lender's id of the borrower */
                borrowerReference?: string;
                /** @description Only items whose `createdAt` is at or after this (inclusive); an ISO 8601 instant */
                "createdAt[gte]"?: string;
                /** @description Only items whose `createdAt` is before this (exclusive); an ISO 8601 instant */
                "createdAt[lt]"?: string;
                /** @description Opaque cursor: the `nextCursor` of the previous page */
                cursor?: string;
                /** @description Only loans boarded on this credit decision */
                decisionId?: string;
                /** @description Only items whose `disbursementDate` is at or after this (inclusive); a business date YYYY-MM-DD */
                "disbursementDate[gte]"?: string;
                /** @description Only items whose `disbursementDate` is before this (exclusive); a business date YYYY-MM-DD */
                "disbursementDate[lt]"?: string;
                /** @description Only items with exactly this value: the lender's own id for the loan */
                externalReference?: string;
                /** @description Page size, 1 to 100 */
                limit?: number;
                /** @description Only loans boarded under this product */
                productId?: string;
                /** @description Only loans whose status at their last change was this */
                status?: components["schemas"]["LoanStatus"] & unknown;
            };
            header?: {
                /** @description An `ETag` from an earlier read: 304 with no body when the representation is unchanged */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of loans */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoanPage"];
                };
            };
            /** @description Not modified: the `ETag` matches `If-None-Match`; no body */
            304: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    boardLoan: {
        parameters: {
            query?: never;
            header: {
                /** @description Required: this operation moves money. Retry-safe key (1-255 visible ASCII, e.g. a UUID): a retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is 422 `idempotency_key_reused`. Only successful responses are kept; a 4xx or 5xx leaves the key free. */
                "idempotency-key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BoardLoanRequest"];
            };
        };
        responses: {
            /** @description The boarded loan as of today */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoanState"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state forbids this now, or an idempotent request is still in progress */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts (`payload_too_large`) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json (`unsupported_media_type`) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getLoan: {
        parameters: {
            query?: {
                /** @description Business date to replay the loan to; default today's (UTC) (YYYY-MM-DD, 1900-01-01 to 2199-12-31) */
                asOf?: string;
            };
            header?: {
                /** @description An `ETag` from an earlier read: 304 with no body when the representation is unchanged */
                "if-none-match"?: string;
            };
            path: {
                /** @description A loan id: `loan_` then 26 Crockford base-32 characters */
                loanId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Get a loan's state */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoanState"];
                };
            };
            /** @description Not modified: the `ETag` matches `If-None-Match`; no body */
            304: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getLoanAutopay: {
        parameters: {
            query?: never;
            header?: {
                /** @description An `ETag` from an earlier read: 304 with no body when the representation is unchanged */
                "if-none-match"?: string;
            };
            path: {
                /** @description A loan id: `loan_` then 26 Crockford base-32 characters */
                loanId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The enrollment */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Autopay"];
                };
            };
            /** @description Not modified: the `ETag` matches `If-None-Match`; no body */
            304: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    enrollLoanAutopay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A loan id: `loan_` then 26 Crockford base-32 characters */
                loanId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AutopayEnrollment"];
            };
        };
        responses: {
            /** @description The enrollment */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Autopay"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state forbids this now, or an idempotent request is still in progress */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts (`payload_too_large`) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json (`unsupported_media_type`) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    cancelLoanAutopay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A loan id: `loan_` then 26 Crockford base-32 characters */
                loanId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The enrollment, cancelled */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Autopay"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    chargeOffLoan: {
        parameters: {
            query?: never;
            header: {
                /** @description Required: this operation moves money. Retry-safe key (1-255 visible ASCII, e.g. a UUID): a retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is 422 `idempotency_key_reused`. Only successful responses are kept; a 4xx or 5xx leaves the key free. */
                "idempotency-key": string;
                /** @description The loan `version` the change was decided on (e.g. `7` or `"7"`); 409 `loan_version_conflict` if the loan has changed since */
                "if-match"?: string;
            };
            path: {
                /** @description A loan id: `loan_` then 26 Crockford base-32 characters */
                loanId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChargeOffRequest"];
            };
        };
        responses: {
            /** @description The event and the loan after it */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoanChange"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state forbids this now, or an idempotent request is still in progress */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts (`payload_too_large`) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json (`unsupported_media_type`) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    disburseLoanTranche: {
        parameters: {
            query?: never;
            header: {
                /** @description Required: this operation moves money. Retry-safe key (1-255 visible ASCII, e.g. a UUID): a retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is 422 `idempotency_key_reused`. Only successful responses are kept; a 4xx or 5xx leaves the key free. */
                "idempotency-key": string;
                /** @description The loan `version` the change was decided on (e.g. `7` or `"7"`); 409 `loan_version_conflict` if the loan has changed since */
                "if-match"?: string;
            };
            path: {
                /** @description A loan id: `loan_` then 26 Crockford base-32 characters */
                loanId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DisbursementRequest"];
            };
        };
        responses: {
            /** @description The event and the loan after it */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoanChange"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state forbids this now, or an idempotent request is still in progress */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts (`payload_too_large`) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json (`unsupported_media_type`) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listLoanEvents: {
        parameters: {
            query?: never;
            header?: {
                /** @description An `ETag` from an earlier read: 304 with no body when the representation is unchanged */
                "if-none-match"?: string;
            };
            path: {
                /** @description A loan id: `loan_` then 26 Crockford base-32 characters */
                loanId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event log */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoanEventLog"];
                };
            };
            /** @description Not modified: the `ETag` matches `If-None-Match`; no body */
            304: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    waiveLoanFee: {
        parameters: {
            query?: never;
            header: {
                /** @description Required: this operation moves money. Retry-safe key (1-255 visible ASCII, e.g. a UUID): a retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is 422 `idempotency_key_reused`. Only successful responses are kept; a 4xx or 5xx leaves the key free. */
                "idempotency-key": string;
                /** @description The loan `version` the change was decided on (e.g. `7` or `"7"`); 409 `loan_version_conflict` if the loan has changed since */
                "if-match"?: string;
            };
            path: {
                /** @description A loan id: `loan_` then 26 Crockford base-32 characters */
                loanId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FeeWaiverRequest"];
            };
        };
        responses: {
            /** @description The event and the loan after it */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoanChange"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state forbids this now, or an idempotent request is still in progress */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts (`payload_too_large`) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json (`unsupported_media_type`) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    chargeLoanFee: {
        parameters: {
            query?: never;
            header: {
                /** @description Required: this operation moves money. Retry-safe key (1-255 visible ASCII, e.g. a UUID): a retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is 422 `idempotency_key_reused`. Only successful responses are kept; a 4xx or 5xx leaves the key free. */
                "idempotency-key": string;
                /** @description The loan `version` the change was decided on (e.g. `7` or `"7"`); 409 `loan_version_conflict` if the loan has changed since */
                "if-match"?: string;
            };
            path: {
                /** @description A loan id: `loan_` then 26 Crockford base-32 characters */
                loanId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FeeChargeRequest"];
            };
        };
        responses: {
            /** @description The event and the loan after it */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoanChange"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state forbids this now, or an idempotent request is still in progress */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts (`payload_too_large`) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json (`unsupported_media_type`) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listLoanJournalEntries: {
        parameters: {
            query?: {
                /** @description Business date to replay the loan to; default today's (UTC) (YYYY-MM-DD, 1900-01-01 to 2199-12-31) */
                asOf?: string;
            };
            header?: {
                /** @description An `ETag` from an earlier read: 304 with no body when the representation is unchanged */
                "if-none-match"?: string;
            };
            path: {
                /** @description A loan id: `loan_` then 26 Crockford base-32 characters */
                loanId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List a loan's journal entries */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JournalEntryList"];
                };
            };
            /** @description Not modified: the `ETag` matches `If-None-Match`; no body */
            304: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deferLoanPayments: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key (1-255 visible ASCII, e.g. a UUID): a retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is 422 `idempotency_key_reused`. Only successful responses are kept; a 4xx or 5xx leaves the key free. */
                "idempotency-key"?: string;
                /** @description The loan `version` the change was decided on (e.g. `7` or `"7"`); 409 `loan_version_conflict` if the loan has changed since */
                "if-match"?: string;
            };
            path: {
                /** @description A loan id: `loan_` then 26 Crockford base-32 characters */
                loanId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentHolidayRequest"];
            };
        };
        responses: {
            /** @description The event and the loan after it */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoanChange"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state forbids this now, or an idempotent request is still in progress */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts (`payload_too_large`) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json (`unsupported_media_type`) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    previewLoanPaymentHoliday: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key (1-255 visible ASCII, e.g. a UUID): a retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is 422 `idempotency_key_reused`. Only successful responses are kept; a 4xx or 5xx leaves the key free. */
                "idempotency-key"?: string;
                /** @description The loan `version` the change was decided on (e.g. `7` or `"7"`); 409 `loan_version_conflict` if the loan has changed since */
                "if-match"?: string;
            };
            path: {
                /** @description A loan id: `loan_` then 26 Crockford base-32 characters */
                loanId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentHolidayRequest"];
            };
        };
        responses: {
            /** @description The loan as it would be; nothing stored */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoanChangePreview"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state forbids this now, or an idempotent request is still in progress */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts (`payload_too_large`) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json (`unsupported_media_type`) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    postLoanPayment: {
        parameters: {
            query?: never;
            header: {
                /** @description Required: this operation moves money. Retry-safe key (1-255 visible ASCII, e.g. a UUID): a retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is 422 `idempotency_key_reused`. Only successful responses are kept; a 4xx or 5xx leaves the key free. */
                "idempotency-key": string;
                /** @description The loan `version` the change was decided on (e.g. `7` or `"7"`); 409 `loan_version_conflict` if the loan has changed since */
                "if-match"?: string;
            };
            path: {
                /** @description A loan id: `loan_` then 26 Crockford base-32 characters */
                loanId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentRequest"];
            };
        };
        responses: {
            /** @description The event and the loan after it */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoanChange"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state forbids this now, or an idempotent request is still in progress */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts (`payload_too_large`) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json (`unsupported_media_type`) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getLoanPayoffQuote: {
        parameters: {
            query?: {
                /** @description Payoff date; default today's business date (UTC) (YYYY-MM-DD, 1900-01-01 to 2199-12-31) */
                date?: string;
            };
            header?: {
                /** @description An `ETag` from an earlier read: 304 with no body when the representation is unchanged */
                "if-none-match"?: string;
            };
            path: {
                /** @description A loan id: `loan_` then 26 Crockford base-32 characters */
                loanId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payoff quote */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayoffQuote"];
                };
            };
            /** @description Not modified: the `ETag` matches `If-None-Match`; no body */
            304: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state forbids this now, or an idempotent request is still in progress */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    changeLoanRate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key (1-255 visible ASCII, e.g. a UUID): a retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is 422 `idempotency_key_reused`. Only successful responses are kept; a 4xx or 5xx leaves the key free. */
                "idempotency-key"?: string;
                /** @description The loan `version` the change was decided on (e.g. `7` or `"7"`); 409 `loan_version_conflict` if the loan has changed since */
                "if-match"?: string;
            };
            path: {
                /** @description A loan id: `loan_` then 26 Crockford base-32 characters */
                loanId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RateChangeRequest"];
            };
        };
        responses: {
            /** @description The event and the loan after it */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoanChange"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state forbids this now, or an idempotent request is still in progress */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts (`payload_too_large`) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json (`unsupported_media_type`) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    recoverLoan: {
        parameters: {
            query?: never;
            header: {
                /** @description Required: this operation moves money. Retry-safe key (1-255 visible ASCII, e.g. a UUID): a retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is 422 `idempotency_key_reused`. Only successful responses are kept; a 4xx or 5xx leaves the key free. */
                "idempotency-key": string;
                /** @description The loan `version` the change was decided on (e.g. `7` or `"7"`); 409 `loan_version_conflict` if the loan has changed since */
                "if-match"?: string;
            };
            path: {
                /** @description A loan id: `loan_` then 26 Crockford base-32 characters */
                loanId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecoveryRequest"];
            };
        };
        responses: {
            /** @description The event and the loan after it */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoanChange"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state forbids this now, or an idempotent request is still in progress */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts (`payload_too_large`) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json (`unsupported_media_type`) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    refundLoanCredit: {
        parameters: {
            query?: never;
            header: {
                /** @description Required: this operation moves money. Retry-safe key (1-255 visible ASCII, e.g. a UUID): a retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is 422 `idempotency_key_reused`. Only successful responses are kept; a 4xx or 5xx leaves the key free. */
                "idempotency-key": string;
                /** @description The loan `version` the change was decided on (e.g. `7` or `"7"`); 409 `loan_version_conflict` if the loan has changed since */
                "if-match"?: string;
            };
            path: {
                /** @description A loan id: `loan_` then 26 Crockford base-32 characters */
                loanId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefundRequest"];
            };
        };
        responses: {
            /** @description The event and the loan after it */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoanChange"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state forbids this now, or an idempotent request is still in progress */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts (`payload_too_large`) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json (`unsupported_media_type`) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    rescheduleLoan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key (1-255 visible ASCII, e.g. a UUID): a retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is 422 `idempotency_key_reused`. Only successful responses are kept; a 4xx or 5xx leaves the key free. */
                "idempotency-key"?: string;
                /** @description The loan `version` the change was decided on (e.g. `7` or `"7"`); 409 `loan_version_conflict` if the loan has changed since */
                "if-match"?: string;
            };
            path: {
                /** @description A loan id: `loan_` then 26 Crockford base-32 characters */
                loanId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RescheduleRequest"];
            };
        };
        responses: {
            /** @description The event and the loan after it */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoanChange"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state forbids this now, or an idempotent request is still in progress */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts (`payload_too_large`) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json (`unsupported_media_type`) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    previewLoanReschedule: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key (1-255 visible ASCII, e.g. a UUID): a retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is 422 `idempotency_key_reused`. Only successful responses are kept; a 4xx or 5xx leaves the key free. */
                "idempotency-key"?: string;
                /** @description The loan `version` the change was decided on (e.g. `7` or `"7"`); 409 `loan_version_conflict` if the loan has changed since */
                "if-match"?: string;
            };
            path: {
                /** @description A loan id: `loan_` then 26 Crockford base-32 characters */
                loanId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RescheduleRequest"];
            };
        };
        responses: {
            /** @description The loan as it would be; nothing stored */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoanChangePreview"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state forbids this now, or an idempotent request is still in progress */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts (`payload_too_large`) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json (`unsupported_media_type`) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    reverseLoanPayment: {
        parameters: {
            query?: never;
            header: {
                /** @description Required: this operation moves money. Retry-safe key (1-255 visible ASCII, e.g. a UUID): a retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is 422 `idempotency_key_reused`. Only successful responses are kept; a 4xx or 5xx leaves the key free. */
                "idempotency-key": string;
                /** @description The loan `version` the change was decided on (e.g. `7` or `"7"`); 409 `loan_version_conflict` if the loan has changed since */
                "if-match"?: string;
            };
            path: {
                /** @description A loan id: `loan_` then 26 Crockford base-32 characters */
                loanId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReversalRequest"];
            };
        };
        responses: {
            /** @description The event and the loan after it */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoanChange"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state forbids this now, or an idempotent request is still in progress */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts (`payload_too_large`) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json (`unsupported_media_type`) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getLoanSchedule: {
        parameters: {
            query?: {
                /** @description Business date to replay the loan to; default today's (UTC) (YYYY-MM-DD, 1900-01-01 to 2199-12-31) */
                asOf?: string;
            };
            header?: {
                /** @description An `ETag` from an earlier read: 304 with no body when the representation is unchanged */
                "if-none-match"?: string;
            };
            path: {
                /** @description A loan id: `loan_` then 26 Crockford base-32 characters */
                loanId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Get a loan's schedule */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoanSchedule"];
                };
            };
            /** @description Not modified: the `ETag` matches `If-None-Match`; no body */
            304: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listLoanTransactions: {
        parameters: {
            query?: {
                /** @description Business date to replay the loan to; default today's (UTC) (YYYY-MM-DD, 1900-01-01 to 2199-12-31) */
                asOf?: string;
            };
            header?: {
                /** @description An `ETag` from an earlier read: 304 with no body when the representation is unchanged */
                "if-none-match"?: string;
            };
            path: {
                /** @description A loan id: `loan_` then 26 Crockford base-32 characters */
                loanId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List a loan's transactions */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoanTransactionList"];
                };
            };
            /** @description Not modified: the `ETag` matches `If-None-Match`; no body */
            304: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getLoanTrialBalance: {
        parameters: {
            query?: {
                /** @description Business date to replay the loan to; default today's (UTC) (YYYY-MM-DD, 1900-01-01 to 2199-12-31) */
                asOf?: string;
            };
            header?: {
                /** @description An `ETag` from an earlier read: 304 with no body when the representation is unchanged */
                "if-none-match"?: string;
            };
            path: {
                /** @description A loan id: `loan_` then 26 Crockford base-32 characters */
                loanId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Get a loan's trial balance */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrialBalance"];
                };
            };
            /** @description Not modified: the `ETag` matches `If-None-Match`; no body */
            304: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    writeOffLoan: {
        parameters: {
            query?: never;
            header: {
                /** @description Required: this operation moves money. Retry-safe key (1-255 visible ASCII, e.g. a UUID): a retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is 422 `idempotency_key_reused`. Only successful responses are kept; a 4xx or 5xx leaves the key free. */
                "idempotency-key": string;
                /** @description The loan `version` the change was decided on (e.g. `7` or `"7"`); 409 `loan_version_conflict` if the loan has changed since */
                "if-match"?: string;
            };
            path: {
                /** @description A loan id: `loan_` then 26 Crockford base-32 characters */
                loanId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WriteOffRequest"];
            };
        };
        responses: {
            /** @description The event and the loan after it */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoanChange"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state forbids this now, or an idempotent request is still in progress */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts (`payload_too_large`) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json (`unsupported_media_type`) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listParties: {
        parameters: {
            query?: {
                /** @description Only items whose `createdAt` is at or after this (inclusive); an ISO 8601 instant */
                "createdAt[gte]"?: string;
                /** @description Only items whose `createdAt` is before this (exclusive); an ISO 8601 instant */
                "createdAt[lt]"?: string;
                /** @description Opaque cursor: the `nextCursor` of the previous page */
                cursor?: string;
                /** @description Page size, 1 to 100 */
                limit?: number;
                /** @description Only the party with this tax id (NNN-NN-NNNN for an SSN or ITIN, NN-NNNNNNN for an EIN, nine digits for either), found by its keyed hash without decrypting anything */
                taxId?: string;
                /** @description Only parties of this kind */
                type?: "individual" | "business";
            };
            header?: {
                /** @description An `ETag` from an earlier read: 304 with no body when the representation is unchanged */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of parties */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartyPage"];
                };
            };
            /** @description Not modified: the `ETag` matches `If-None-Match`; no body */
            304: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createParty: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key (1-255 visible ASCII, e.g. a UUID): a retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is 422 `idempotency_key_reused`. Only successful responses are kept; a 4xx or 5xx leaves the key free. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PartyCreate"];
            };
        };
        responses: {
            /** @description The party */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedParty"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state forbids this now, or an idempotent request is still in progress */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts (`payload_too_large`) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json (`unsupported_media_type`) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getParty: {
        parameters: {
            query?: never;
            header?: {
                /** @description An `ETag` from an earlier read: 304 with no body when the representation is unchanged */
                "if-none-match"?: string;
            };
            path: {
                /** @description A party id: `pty_` then 26 Crockford base-32 characters */
                partyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The party */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Party"];
                };
            };
            /** @description Not modified: the `ETag` matches `If-None-Match`; no body */
            304: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateParty: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A party id: `pty_` then 26 Crockford base-32 characters */
                partyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PartyUpdate"];
            };
        };
        responses: {
            /** @description The party after the change */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Party"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state forbids this now, or an idempotent request is still in progress */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts (`payload_too_large`) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json (`unsupported_media_type`) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    verifyPartyIdentity: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key (1-255 visible ASCII, e.g. a UUID): a retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is 422 `idempotency_key_reused`. Only successful responses are kept; a 4xx or 5xx leaves the key free. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description A party id: `pty_` then 26 Crockford base-32 characters */
                partyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The identity check */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityCheck"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listPaymentInstruments: {
        parameters: {
            query?: {
                /** @description Opaque cursor: the `nextCursor` of the previous page */
                cursor?: string;
                /** @description Page size, 1 to 100 */
                limit?: number;
                /** @description Only instruments in this status */
                status?: "active" | "disabled";
            };
            header?: {
                /** @description An `ETag` from an earlier read: 304 with no body when the representation is unchanged */
                "if-none-match"?: string;
            };
            path: {
                /** @description A party id: `pty_` then 26 Crockford base-32 characters */
                partyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of payment instruments */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentInstrumentPage"];
                };
            };
            /** @description Not modified: the `ETag` matches `If-None-Match`; no body */
            304: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createPaymentInstrument: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key (1-255 visible ASCII, e.g. a UUID): a retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is 422 `idempotency_key_reused`. Only successful responses are kept; a 4xx or 5xx leaves the key free. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description A party id: `pty_` then 26 Crockford base-32 characters */
                partyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentInstrumentCreate"];
            };
        };
        responses: {
            /** @description The instrument */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentInstrument"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts (`payload_too_large`) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json (`unsupported_media_type`) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getPaymentInstrument: {
        parameters: {
            query?: never;
            header?: {
                /** @description An `ETag` from an earlier read: 304 with no body when the representation is unchanged */
                "if-none-match"?: string;
            };
            path: {
                /** @description A payment instrument id: `pmi_` then 26 Crockford base-32 characters */
                instrumentId: string;
                /** @description A party id: `pty_` then 26 Crockford base-32 characters */
                partyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The instrument */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentInstrument"];
                };
            };
            /** @description Not modified: the `ETag` matches `If-None-Match`; no body */
            304: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    disablePaymentInstrument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A payment instrument id: `pmi_` then 26 Crockford base-32 characters */
                instrumentId: string;
                /** @description A party id: `pty_` then 26 Crockford base-32 characters */
                partyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The instrument, disabled */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentInstrument"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    screenParty: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key (1-255 visible ASCII, e.g. a UUID): a retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is 422 `idempotency_key_reused`. Only successful responses are kept; a 4xx or 5xx leaves the key free. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description A party id: `pty_` then 26 Crockford base-32 characters */
                partyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The screening and its hits */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Screening"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state forbids this now, or an idempotent request is still in progress */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listProducts: {
        parameters: {
            query?: {
                /** @description Only items whose `createdAt` is at or after this (inclusive); an ISO 8601 instant */
                "createdAt[gte]"?: string;
                /** @description Only items whose `createdAt` is before this (exclusive); an ISO 8601 instant */
                "createdAt[lt]"?: string;
                /** @description Opaque cursor: the `nextCursor` of the previous page */
                cursor?: string;
                /** @description Page size, 1 to 100 */
                limit?: number;
                /** @description Only products in this status */
                status?: components["schemas"]["ProductStatus"] & unknown;
            };
            header?: {
                /** @description An `ETag` from an earlier read: 304 with no body when the representation is unchanged */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of products */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductPage"];
                };
            };
            /** @description Not modified: the `ETag` matches `If-None-Match`; no body */
            304: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createProduct: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key (1-255 visible ASCII, e.g. a UUID): a retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is 422 `idempotency_key_reused`. Only successful responses are kept; a 4xx or 5xx leaves the key free. */
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
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state forbids this now, or an idempotent request is still in progress */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts (`payload_too_large`) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json (`unsupported_media_type`) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getProduct: {
        parameters: {
            query?: never;
            header?: {
                /** @description An `ETag` from an earlier read: 304 with no body when the representation is unchanged */
                "if-none-match"?: string;
            };
            path: {
                /** @description A product id: `prd_` then 26 Crockford base-32 characters */
                productId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The product with its current definition */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description Not modified: the `ETag` matches `If-None-Match`; no body */
            304: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A product id: `prd_` then 26 Crockford base-32 characters */
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
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state forbids this now, or an idempotent request is still in progress */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts (`payload_too_large`) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json (`unsupported_media_type`) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    archiveProduct: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key (1-255 visible ASCII, e.g. a UUID): a retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is 422 `idempotency_key_reused`. Only successful responses are kept; a 4xx or 5xx leaves the key free. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description A product id: `prd_` then 26 Crockford base-32 characters */
                productId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The archived product */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state forbids this now, or an idempotent request is still in progress */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listProductVersions: {
        parameters: {
            query?: {
                /** @description Only items whose `createdAt` is at or after this (inclusive); an ISO 8601 instant */
                "createdAt[gte]"?: string;
                /** @description Only items whose `createdAt` is before this (exclusive); an ISO 8601 instant */
                "createdAt[lt]"?: string;
                /** @description Opaque cursor: the `nextCursor` of the previous page */
                cursor?: string;
                /** @description Page size, 1 to 100 */
                limit?: number;
            };
            header?: {
                /** @description An `ETag` from an earlier read: 304 with no body when the representation is unchanged */
                "if-none-match"?: string;
            };
            path: {
                /** @description A product id: `prd_` then 26 Crockford base-32 characters */
                productId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of a product's versions */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductVersionPage"];
                };
            };
            /** @description Not modified: the `ETag` matches `If-None-Match`; no body */
            304: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getProductVersion: {
        parameters: {
            query?: never;
            header?: {
                /** @description An `ETag` from an earlier read: 304 with no body when the representation is unchanged */
                "if-none-match"?: string;
            };
            path: {
                /** @description A product id: `prd_` then 26 Crockford base-32 characters */
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
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductVersion"];
                };
            };
            /** @description Not modified: the `ETag` matches `If-None-Match`; no body */
            304: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createQuote: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key (1-255 visible ASCII, e.g. a UUID): a retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is 422 `idempotency_key_reused`. Only successful responses are kept; a 4xx or 5xx leaves the key free. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description A product id or inline terms, plus the requested amount, term, rate and dates */
        requestBody: {
            content: {
                "application/json": components["schemas"]["QuoteRequest"];
            };
        };
        responses: {
            /** @description The quote */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Quote"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state forbids this now, or an idempotent request is still in progress */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts (`payload_too_large`) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json (`unsupported_media_type`) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getPipelineReport: {
        parameters: {
            query?: {
                /** @description Only applications assigned to this person */
                assignee?: string;
                /** @description Only items whose `createdAt` is at or after this (inclusive); an ISO 8601 instant */
                "createdAt[gte]"?: string;
                /** @description Only items whose `createdAt` is before this (exclusive); an ISO 8601 instant */
                "createdAt[lt]"?: string;
                /** @description Only applications for this product */
                productId?: string;
            };
            header?: {
                /** @description An `ETag` from an earlier read: 304 with no body when the representation is unchanged */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PipelineReport"];
                };
            };
            /** @description Not modified: the `ETag` matches `If-None-Match`; no body */
            304: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getPortfolioReport: {
        parameters: {
            query: {
                /** @description Business date of the daily close to report on (YYYY-MM-DD, 1900-01-01 to 2199-12-31) */
                asOf: string;
            };
            header?: {
                /** @description An `ETag` from an earlier read: 304 with no body when the representation is unchanged */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioReport"];
                };
            };
            /** @description Not modified: the `ETag` matches `If-None-Match`; no body */
            304: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getRollRates: {
        parameters: {
            query: {
                /** @description Start date (a closed business date) (YYYY-MM-DD, 1900-01-01 to 2199-12-31) */
                from: string;
                /** @description End date (a closed business date, not before from) (YYYY-MM-DD, 1900-01-01 to 2199-12-31) */
                to: string;
            };
            header?: {
                /** @description An `ETag` from an earlier read: 304 with no body when the representation is unchanged */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The roll rates */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RollRates"];
                };
            };
            /** @description Not modified: the `ETag` matches `If-None-Match`; no body */
            304: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listRuleSets: {
        parameters: {
            query?: {
                /** @description Only items whose `createdAt` is at or after this (inclusive); an ISO 8601 instant */
                "createdAt[gte]"?: string;
                /** @description Only items whose `createdAt` is before this (exclusive); an ISO 8601 instant */
                "createdAt[lt]"?: string;
                /** @description Opaque cursor: the `nextCursor` of the previous page */
                cursor?: string;
                /** @description Only the rule set with this key (its document's id) */
                key?: string;
                /** @description Page size, 1 to 100 */
                limit?: number;
            };
            header?: {
                /** @description An `ETag` from an earlier read: 304 with no body when the representation is unchanged */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of rule sets */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuleSetPage"];
                };
            };
            /** @description Not modified: the `ETag` matches `If-None-Match`; no body */
            304: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createRuleSet: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key (1-255 visible ASCII, e.g. a UUID): a retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is 422 `idempotency_key_reused`. Only successful responses are kept; a 4xx or 5xx leaves the key free. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description The first draft */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RuleSetDraftInput"];
            };
        };
        responses: {
            /** @description The created rule set */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuleSet"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state forbids this now, or an idempotent request is still in progress */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts (`payload_too_large`) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json (`unsupported_media_type`) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getRuleSet: {
        parameters: {
            query?: never;
            header?: {
                /** @description An `ETag` from an earlier read: 304 with no body when the representation is unchanged */
                "if-none-match"?: string;
            };
            path: {
                /** @description A rule set id: `rls_` then 26 Crockford base-32 characters */
                ruleSetId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rule set and a summary of each version */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuleSet"];
                };
            };
            /** @description Not modified: the `ETag` matches `If-None-Match`; no body */
            304: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateRuleSetDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A rule set id: `rls_` then 26 Crockford base-32 characters */
                ruleSetId: string;
            };
            cookie?: never;
        };
        /** @description The new draft */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RuleSetDraftUpdate"];
            };
        };
        responses: {
            /** @description The draft version */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuleSetVersion"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state forbids this now, or an idempotent request is still in progress */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts (`payload_too_large`) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json (`unsupported_media_type`) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    validateRuleSet: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key (1-255 visible ASCII, e.g. a UUID): a retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is 422 `idempotency_key_reused`. Only successful responses are kept; a 4xx or 5xx leaves the key free. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description A rule set id: `rls_` then 26 Crockford base-32 characters */
                ruleSetId: string;
            };
            cookie?: never;
        };
        /** @description What to check ({} for the draft) */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RuleSetValidateInput"];
            };
        };
        responses: {
            /** @description valid, or the error with its rule and position */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuleSetValidation"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state forbids this now, or an idempotent request is still in progress */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts (`payload_too_large`) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json (`unsupported_media_type`) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listRuleSetVersions: {
        parameters: {
            query?: {
                /** @description Opaque cursor: the `nextCursor` of the previous page */
                cursor?: string;
                /** @description Page size, 1 to 100 */
                limit?: number;
                /** @description Only versions in this status */
                status?: components["schemas"]["RuleSetVersionStatus"] & unknown;
            };
            header?: {
                /** @description An `ETag` from an earlier read: 304 with no body when the representation is unchanged */
                "if-none-match"?: string;
            };
            path: {
                /** @description A rule set id: `rls_` then 26 Crockford base-32 characters */
                ruleSetId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of a rule set's versions */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuleSetVersionPage"];
                };
            };
            /** @description Not modified: the `ETag` matches `If-None-Match`; no body */
            304: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getRuleSetVersion: {
        parameters: {
            query?: never;
            header?: {
                /** @description An `ETag` from an earlier read: 304 with no body when the representation is unchanged */
                "if-none-match"?: string;
            };
            path: {
                /** @description A rule set id: `rls_` then 26 Crockford base-32 characters */
                ruleSetId: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version with its document */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuleSetVersion"];
                };
            };
            /** @description Not modified: the `ETag` matches `If-None-Match`; no body */
            304: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    publishRuleSetVersion: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key (1-255 visible ASCII, e.g. a UUID): a retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is 422 `idempotency_key_reused`. Only successful responses are kept; a 4xx or 5xx leaves the key free. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description A rule set id: `rls_` then 26 Crockford base-32 characters */
                ruleSetId: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The published version */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuleSetVersion"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state forbids this now, or an idempotent request is still in progress */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts (`payload_too_large`) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json (`unsupported_media_type`) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    simulateRuleSetVersion: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key (1-255 visible ASCII, e.g. a UUID): a retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is 422 `idempotency_key_reused`. Only successful responses are kept; a 4xx or 5xx leaves the key free. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description A rule set id: `rls_` then 26 Crockford base-32 characters */
                ruleSetId: string;
                version: number;
            };
            cookie?: never;
        };
        /** @description Applications to run */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SimulationInput"];
            };
        };
        responses: {
            /** @description How outcomes change */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SimulationReport"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts (`payload_too_large`) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json (`unsupported_media_type`) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listScreeningHits: {
        parameters: {
            query?: {
                /** @description Opaque cursor: the `nextCursor` of the previous page */
                cursor?: string;
                /** @description Page size, 1 to 100 */
                limit?: number;
                /** @description Only this party's hits */
                partyId?: string;
                /** @description Only hits in this status */
                status?: components["schemas"]["ScreeningHitStatus"] & unknown;
            };
            header?: {
                /** @description An `ETag` from an earlier read: 304 with no body when the representation is unchanged */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of screening hits */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScreeningHitPage"];
                };
            };
            /** @description Not modified: the `ETag` matches `If-None-Match`; no body */
            304: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getScreeningHit: {
        parameters: {
            query?: never;
            header?: {
                /** @description An `ETag` from an earlier read: 304 with no body when the representation is unchanged */
                "if-none-match"?: string;
            };
            path: {
                /** @description A screening hit id: `sch_` then 26 Crockford base-32 characters */
                screeningHitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The hit */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScreeningHit"];
                };
            };
            /** @description Not modified: the `ETag` matches `If-None-Match`; no body */
            304: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    clearScreeningHit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key (1-255 visible ASCII, e.g. a UUID): a retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is 422 `idempotency_key_reused`. Only successful responses are kept; a 4xx or 5xx leaves the key free. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description A screening hit id: `sch_` then 26 Crockford base-32 characters */
                screeningHitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScreeningHitReview"];
            };
        };
        responses: {
            /** @description The reviewed hit */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScreeningHit"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state forbids this now, or an idempotent request is still in progress */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts (`payload_too_large`) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json (`unsupported_media_type`) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    confirmScreeningHit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key (1-255 visible ASCII, e.g. a UUID): a retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is 422 `idempotency_key_reused`. Only successful responses are kept; a 4xx or 5xx leaves the key free. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description A screening hit id: `sch_` then 26 Crockford base-32 characters */
                screeningHitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScreeningHitReview"];
            };
        };
        responses: {
            /** @description The reviewed hit */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScreeningHit"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state forbids this now, or an idempotent request is still in progress */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts (`payload_too_large`) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json (`unsupported_media_type`) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description An `ETag` from an earlier read: 304 with no body when the representation is unchanged */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Settings"];
                };
            };
            /** @description Not modified: the `ETag` matches `If-None-Match`; no body */
            304: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SettingsUpdate"];
            };
        };
        responses: {
            /** @description The settings after the change */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Settings"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts (`payload_too_large`) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json (`unsupported_media_type`) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listTasks: {
        parameters: {
            query?: {
                /** @description Only this application's tasks */
                applicationId?: string;
                /** @description Only tasks this subject works */
                assignee?: string;
                /** @description Opaque cursor: the `nextCursor` of the previous page */
                cursor?: string;
                /** @description Page size, 1 to 100 */
                limit?: number;
                /** @description true: only tasks not completed and past due; false: only the others */
                overdue?: "true" | "false";
                /** @description Only tasks in this queue */
                queue?: string;
                /** @description Only tasks for this role */
                role?: components["schemas"]["StaffRole"] & unknown;
                /** @description Only tasks in this status */
                status?: components["schemas"]["TaskStatus"] & unknown;
            };
            header?: {
                /** @description An `ETag` from an earlier read: 304 with no body when the representation is unchanged */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tasks */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskPage"];
                };
            };
            /** @description Not modified: the `ETag` matches `If-None-Match`; no body */
            304: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description An `ETag` from an earlier read: 304 with no body when the representation is unchanged */
                "if-none-match"?: string;
            };
            path: {
                /** @description A task id: `tsk_` then 26 Crockford base-32 characters */
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            /** @description Not modified: the `ETag` matches `If-None-Match`; no body */
            304: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    claimTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key (1-255 visible ASCII, e.g. a UUID): a retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is 422 `idempotency_key_reused`. Only successful responses are kept; a 4xx or 5xx leaves the key free. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description A task id: `tsk_` then 26 Crockford base-32 characters */
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The claimed task */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state forbids this now, or an idempotent request is still in progress */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    completeTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key (1-255 visible ASCII, e.g. a UUID): a retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is 422 `idempotency_key_reused`. Only successful responses are kept; a 4xx or 5xx leaves the key free. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description A task id: `tsk_` then 26 Crockford base-32 characters */
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskCompletion"];
            };
        };
        responses: {
            /** @description The completed task */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state forbids this now, or an idempotent request is still in progress */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts (`payload_too_large`) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json (`unsupported_media_type`) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    reassignTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key (1-255 visible ASCII, e.g. a UUID): a retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is 422 `idempotency_key_reused`. Only successful responses are kept; a 4xx or 5xx leaves the key free. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description A task id: `tsk_` then 26 Crockford base-32 characters */
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskReassignment"];
            };
        };
        responses: {
            /** @description The reassigned task */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state forbids this now, or an idempotent request is still in progress */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts (`payload_too_large`) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json (`unsupported_media_type`) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    advanceTestClock: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key (1-255 visible ASCII, e.g. a UUID): a retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is 422 `idempotency_key_reused`. Only successful responses are kept; a 4xx or 5xx leaves the key free. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TestClockAdvance"];
            };
        };
        responses: {
            /** @description Where the clock is now */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestClockAdvanceResult"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts (`payload_too_large`) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json (`unsupported_media_type`) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listWebhookEndpoints: {
        parameters: {
            query?: {
                /** @description Opaque cursor: the `nextCursor` of the previous page */
                cursor?: string;
                /** @description Page size, 1 to 100 */
                limit?: number;
            };
            header?: {
                /** @description An `ETag` from an earlier read: 304 with no body when the representation is unchanged */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of webhook endpoints */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointPage"];
                };
            };
            /** @description Not modified: the `ETag` matches `If-None-Match`; no body */
            304: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key (1-255 visible ASCII, e.g. a UUID): a retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is 422 `idempotency_key_reused`. Only successful responses are kept; a 4xx or 5xx leaves the key free. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEndpointCreate"];
            };
        };
        responses: {
            /** @description The endpoint and its secret */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointWithSecret"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts (`payload_too_large`) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json (`unsupported_media_type`) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description An `ETag` from an earlier read: 304 with no body when the representation is unchanged */
                "if-none-match"?: string;
            };
            path: {
                /** @description A webhook endpoint id: `we_` then 26 Crockford base-32 characters */
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /** @description Not modified: the `ETag` matches `If-None-Match`; no body */
            304: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A webhook endpoint id: `we_` then 26 Crockford base-32 characters */
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint is gone */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletedWebhookEndpoint"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A webhook endpoint id: `we_` then 26 Crockford base-32 characters */
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEndpointUpdate"];
            };
        };
        responses: {
            /** @description The endpoint after the change */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts (`payload_too_large`) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json (`unsupported_media_type`) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description Only items whose `createdAt` is at or after this (inclusive); an ISO 8601 instant */
                "createdAt[gte]"?: string;
                /** @description Only items whose `createdAt` is before this (exclusive); an ISO 8601 instant */
                "createdAt[lt]"?: string;
                /** @description Opaque cursor: the `nextCursor` of the previous page */
                cursor?: string;
                /** @description Page size, 1 to 100 */
                limit?: number;
                /** @description pending: being tried; succeeded: a 2xx came; dead: retries exhausted */
                status?: components["schemas"]["WebhookDeliveryStatus"];
            };
            header?: {
                /** @description An `ETag` from an earlier read: 304 with no body when the representation is unchanged */
                "if-none-match"?: string;
            };
            path: {
                /** @description A webhook endpoint id: `we_` then 26 Crockford base-32 characters */
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of an endpoint's deliveries */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryPage"];
                };
            };
            /** @description Not modified: the `ETag` matches `If-None-Match`; no body */
            304: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    replayWebhookEvents: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key (1-255 visible ASCII, e.g. a UUID): a retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is 422 `idempotency_key_reused`. Only successful responses are kept; a 4xx or 5xx leaves the key free. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description A webhook endpoint id: `we_` then 26 Crockford base-32 characters */
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookReplayRequest"];
            };
        };
        responses: {
            /** @description The deliveries queued */
            202: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookReplayResult"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts (`payload_too_large`) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json (`unsupported_media_type`) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key (1-255 visible ASCII, e.g. a UUID): a retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is 422 `idempotency_key_reused`. Only successful responses are kept; a 4xx or 5xx leaves the key free. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description A webhook endpoint id: `we_` then 26 Crockford base-32 characters */
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new secret */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSecretRotation"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listWorkflows: {
        parameters: {
            query?: {
                /** @description Opaque cursor: the `nextCursor` of the previous page */
                cursor?: string;
                /** @description Page size, 1 to 100 */
                limit?: number;
                /** @description Only this product's versions */
                productId?: string;
                /** @description Only versions in this status */
                status?: components["schemas"]["WorkflowStatus"] & unknown;
            };
            header?: {
                /** @description An `ETag` from an earlier read: 304 with no body when the representation is unchanged */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of workflow versions */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowPage"];
                };
            };
            /** @description Not modified: the `ETag` matches `If-None-Match`; no body */
            304: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createWorkflow: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key (1-255 visible ASCII, e.g. a UUID): a retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is 422 `idempotency_key_reused`. Only successful responses are kept; a 4xx or 5xx leaves the key free. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkflowInput"];
            };
        };
        responses: {
            /** @description The draft version */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workflow"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the server accepts (`payload_too_large`) */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json (`unsupported_media_type`) */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getWorkflow: {
        parameters: {
            query?: never;
            header?: {
                /** @description An `ETag` from an earlier read: 304 with no body when the representation is unchanged */
                "if-none-match"?: string;
            };
            path: {
                /** @description A workflow id: `wf_` then 26 Crockford base-32 characters */
                workflowId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workflow version */
            200: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workflow"];
                };
            };
            /** @description Not modified: the `ETag` matches `If-None-Match`; no body */
            304: {
                headers: {
                    /** @description Strong validator of this representation; send it back in `If-None-Match` to get 304 when unchanged */
                    ETag?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    publishWorkflow: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retry-safe key (1-255 visible ASCII, e.g. a UUID): a retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is 422 `idempotency_key_reused`. Only successful responses are kept; a 4xx or 5xx leaves the key free. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description A workflow id: `wf_` then 26 Crockford base-32 characters */
                workflowId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The published version */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workflow"];
                };
            };
            /** @description Malformed request: bad JSON, a bad cursor or idempotency key, a query parameter the operation does not declare (`malformed_json`, `invalid_cursor`, `unknown_query_parameter`, …) */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks the scope this operation needs (`insufficient_scope`) */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in the caller's tenant */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The resource's state forbids this now, or an idempotent request is still in progress */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: `validation_failed` lists every bad field; other codes name the broken rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            /** @description Unexpected error; quote the request id */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}
