// generated — do not edit. Run `npm run openapi` at the repository root to regenerate.
import type { PagePromise } from "../pagination.js";
import type { PathParameter, Query, RequestBody, RequestOptions, SuccessBody, WithResponse } from "../operation-types.js";
import type { ResourceTable } from "../resources.js";
import type { paths } from "./schema.js";

/** Every resource method: [HTTP method, path, path parameters in order, what `params` is, paginated]. */
export const resourceTable = {
  achFiles: {
    list: ["get", "/v1/ach-files", [], "query", true],
    retrieve: ["get", "/v1/ach-files/{fileId}", ["fileId"], "", false],
    content: {
      retrieve: ["get", "/v1/ach-files/{fileId}/content", ["fileId"], "", false],
    },
  },
  achReturns: {
    create: ["post", "/v1/ach-returns", [], "body", false],
  },
  applications: {
    list: ["get", "/v1/applications", [], "query", true],
    create: ["post", "/v1/applications", [], "body", false],
    retrieve: ["get", "/v1/applications/{applicationId}", ["applicationId"], "", false],
    update: ["patch", "/v1/applications/{applicationId}", ["applicationId"], "body", false],
    adverseActionNotice: {
      retrieve: ["get", "/v1/applications/{applicationId}/adverse-action-notice", ["applicationId"], "", false],
      delivery: ["post", "/v1/applications/{applicationId}/adverse-action-notice/delivery", ["applicationId"], "body", false],
    },
    approve: ["post", "/v1/applications/{applicationId}/approve", ["applicationId"], "", false],
    closing: ["post", "/v1/applications/{applicationId}/closing", ["applicationId"], "body", false],
    conditions: {
      list: ["get", "/v1/applications/{applicationId}/conditions", ["applicationId"], "query", true],
      create: ["post", "/v1/applications/{applicationId}/conditions", ["applicationId"], "body", false],
      clear: ["post", "/v1/applications/{applicationId}/conditions/{conditionId}/clear", ["applicationId","conditionId"], "", false],
      waive: ["post", "/v1/applications/{applicationId}/conditions/{conditionId}/waive", ["applicationId","conditionId"], "body", false],
    },
    decision: ["post", "/v1/applications/{applicationId}/decision", ["applicationId"], "body", false],
    decline: ["post", "/v1/applications/{applicationId}/decline", ["applicationId"], "body", false],
    fund: ["post", "/v1/applications/{applicationId}/fund", ["applicationId"], "body", false],
    generatedDocuments: {
      create: ["post", "/v1/applications/{applicationId}/generated-documents", ["applicationId"], "body", false],
    },
    offers: {
      list: ["get", "/v1/applications/{applicationId}/offers", ["applicationId"], "", false],
      accept: ["post", "/v1/applications/{applicationId}/offers/{offerId}/accept", ["applicationId","offerId"], "", false],
      counter: ["post", "/v1/applications/{applicationId}/offers/{offerId}/counter", ["applicationId","offerId"], "body", false],
    },
    submit: ["post", "/v1/applications/{applicationId}/submit", ["applicationId"], "", false],
    withdraw: ["post", "/v1/applications/{applicationId}/withdraw", ["applicationId"], "", false],
  },
  auditRecords: {
    list: ["get", "/v1/audit-records", [], "query", true],
  },
  closeRuns: {
    list: ["get", "/v1/close-runs", [], "query", true],
    retrieve: ["get", "/v1/close-runs/{closeRunId}", ["closeRunId"], "", false],
  },
  collections: {
    queues: {
      list: ["get", "/v1/collections/queues", [], "", false],
      accounts: {
        list: ["get", "/v1/collections/queues/{queue}/accounts", ["queue"], "query", true],
      },
    },
  },
  creditReporting: {
    metro2Files: {
      list: ["get", "/v1/credit-reporting/metro2-files", [], "query", true],
      create: ["post", "/v1/credit-reporting/metro2-files", [], "body", false],
      retrieve: ["get", "/v1/credit-reporting/metro2-files/{furnishingFileId}", ["furnishingFileId"], "", false],
      content: {
        retrieve: ["get", "/v1/credit-reporting/metro2-files/{furnishingFileId}/content", ["furnishingFileId"], "", false],
      },
    },
  },
  creditReports: {
    retrieve: ["get", "/v1/credit-reports/{creditReportId}", ["creditReportId"], "", false],
  },
  decisions: {
    list: ["get", "/v1/decisions", [], "query", true],
    create: ["post", "/v1/decisions", [], "body", false],
    retrieve: ["get", "/v1/decisions/{decisionId}", ["decisionId"], "", false],
  },
  disbursements: {
    retrieve: ["get", "/v1/disbursements/{disbursementId}", ["disbursementId"], "", false],
    status: {
      create: ["post", "/v1/disbursements/{disbursementId}/status", ["disbursementId"], "body", false],
    },
  },
  documents: {
    list: ["get", "/v1/documents", [], "query", true],
    create: ["post", "/v1/documents", [], "body", false],
    retrieve: ["get", "/v1/documents/{documentId}", ["documentId"], "", false],
    accept: ["post", "/v1/documents/{documentId}/accept", ["documentId"], "", false],
    content: {
      retrieve: ["get", "/v1/documents/{documentId}/content", ["documentId"], "", false],
    },
    extractions: {
      list: ["get", "/v1/documents/{documentId}/extractions", ["documentId"], "query", true],
      create: ["post", "/v1/documents/{documentId}/extractions", ["documentId"], "", false],
    },
    reject: ["post", "/v1/documents/{documentId}/reject", ["documentId"], "body", false],
  },
  envelopes: {
    list: ["get", "/v1/envelopes", [], "query", true],
    create: ["post", "/v1/envelopes", [], "body", false],
    retrieve: ["get", "/v1/envelopes/{envelopeId}", ["envelopeId"], "", false],
    signers: {
      links: {
        create: ["post", "/v1/envelopes/{envelopeId}/signers/{signerId}/links", ["envelopeId","signerId"], "", false],
      },
    },
    verify: {
      retrieve: ["get", "/v1/envelopes/{envelopeId}/verify", ["envelopeId"], "", false],
    },
    void: ["post", "/v1/envelopes/{envelopeId}/void", ["envelopeId"], "body", false],
  },
  events: {
    list: ["get", "/v1/events", [], "query", true],
    retrieve: ["get", "/v1/events/{eventId}", ["eventId"], "", false],
  },
  exports: {
    loans: {
      list: ["get", "/v1/exports/loans", [], "query", false],
    },
  },
  extractions: {
    retrieve: ["get", "/v1/extractions/{extractionId}", ["extractionId"], "", false],
  },
  imports: {
    create: ["post", "/v1/imports", [], "body", false],
    retrieve: ["get", "/v1/imports/{importId}", ["importId"], "", false],
    results: {
      list: ["get", "/v1/imports/{importId}/results", ["importId"], "query", true],
    },
    resumptions: {
      create: ["post", "/v1/imports/{importId}/resumptions", ["importId"], "", false],
    },
  },
  loans: {
    list: ["get", "/v1/loans", [], "query", true],
    create: ["post", "/v1/loans", [], "body", false],
    retrieve: ["get", "/v1/loans/{loanId}", ["loanId"], "query", false],
    autopay: {
      retrieve: ["get", "/v1/loans/{loanId}/autopay", ["loanId"], "", false],
      update: ["put", "/v1/loans/{loanId}/autopay", ["loanId"], "body", false],
      del: ["delete", "/v1/loans/{loanId}/autopay", ["loanId"], "", false],
    },
    cardPayments: {
      list: ["get", "/v1/loans/{loanId}/card-payments", ["loanId"], "query", true],
      create: ["post", "/v1/loans/{loanId}/card-payments", ["loanId"], "body", false],
      retrieve: ["get", "/v1/loans/{loanId}/card-payments/{cardPaymentId}", ["loanId","cardPaymentId"], "", false],
      refunds: {
        create: ["post", "/v1/loans/{loanId}/card-payments/{cardPaymentId}/refunds", ["loanId","cardPaymentId"], "body", false],
      },
    },
    chargeOffs: {
      create: ["post", "/v1/loans/{loanId}/charge-offs", ["loanId"], "body", false],
    },
    contactPreferences: {
      retrieve: ["get", "/v1/loans/{loanId}/contact-preferences", ["loanId"], "", false],
      update: ["put", "/v1/loans/{loanId}/contact-preferences", ["loanId"], "body", false],
    },
    contacts: {
      list: ["get", "/v1/loans/{loanId}/contacts", ["loanId"], "query", true],
      create: ["post", "/v1/loans/{loanId}/contacts", ["loanId"], "body", false],
    },
    creditReporting: {
      retrieve: ["get", "/v1/loans/{loanId}/credit-reporting", ["loanId"], "", false],
      update: ["put", "/v1/loans/{loanId}/credit-reporting", ["loanId"], "body", false],
    },
    disbursements: {
      create: ["post", "/v1/loans/{loanId}/disbursements", ["loanId"], "body", false],
    },
    events: {
      list: ["get", "/v1/loans/{loanId}/events", ["loanId"], "", false],
    },
    feeWaivers: {
      create: ["post", "/v1/loans/{loanId}/fee-waivers", ["loanId"], "body", false],
    },
    fees: {
      create: ["post", "/v1/loans/{loanId}/fees", ["loanId"], "body", false],
    },
    hardshipPlans: {
      list: ["get", "/v1/loans/{loanId}/hardship-plans", ["loanId"], "query", true],
      create: ["post", "/v1/loans/{loanId}/hardship-plans", ["loanId"], "body", false],
      preview: ["post", "/v1/loans/{loanId}/hardship-plans/preview", ["loanId"], "body", false],
    },
    journalEntries: {
      list: ["get", "/v1/loans/{loanId}/journal-entries", ["loanId"], "query", false],
    },
    notices: {
      list: ["get", "/v1/loans/{loanId}/notices", ["loanId"], "query", true],
      content: {
        retrieve: ["get", "/v1/loans/{loanId}/notices/{noticeId}/content", ["loanId","noticeId"], "", false],
      },
    },
    paymentHolidays: {
      create: ["post", "/v1/loans/{loanId}/payment-holidays", ["loanId"], "body", false],
      preview: ["post", "/v1/loans/{loanId}/payment-holidays/preview", ["loanId"], "body", false],
    },
    payments: {
      create: ["post", "/v1/loans/{loanId}/payments", ["loanId"], "body", false],
    },
    payoffQuote: {
      retrieve: ["get", "/v1/loans/{loanId}/payoff-quote", ["loanId"], "query", false],
    },
    promises: {
      list: ["get", "/v1/loans/{loanId}/promises", ["loanId"], "query", true],
      create: ["post", "/v1/loans/{loanId}/promises", ["loanId"], "body", false],
    },
    rateChanges: {
      create: ["post", "/v1/loans/{loanId}/rate-changes", ["loanId"], "body", false],
    },
    recoveries: {
      create: ["post", "/v1/loans/{loanId}/recoveries", ["loanId"], "body", false],
    },
    refunds: {
      create: ["post", "/v1/loans/{loanId}/refunds", ["loanId"], "body", false],
    },
    reschedules: {
      create: ["post", "/v1/loans/{loanId}/reschedules", ["loanId"], "body", false],
      preview: ["post", "/v1/loans/{loanId}/reschedules/preview", ["loanId"], "body", false],
    },
    reversals: {
      create: ["post", "/v1/loans/{loanId}/reversals", ["loanId"], "body", false],
    },
    schedule: {
      retrieve: ["get", "/v1/loans/{loanId}/schedule", ["loanId"], "query", false],
    },
    servicemember: {
      retrieve: ["get", "/v1/loans/{loanId}/servicemember", ["loanId"], "", false],
      update: ["put", "/v1/loans/{loanId}/servicemember", ["loanId"], "body", false],
      del: ["delete", "/v1/loans/{loanId}/servicemember", ["loanId"], "", false],
    },
    settlements: {
      list: ["get", "/v1/loans/{loanId}/settlements", ["loanId"], "query", true],
      create: ["post", "/v1/loans/{loanId}/settlements", ["loanId"], "body", false],
      preview: ["post", "/v1/loans/{loanId}/settlements/preview", ["loanId"], "body", false],
      retrieve: ["get", "/v1/loans/{loanId}/settlements/{settlementId}", ["loanId","settlementId"], "", false],
    },
    statements: {
      list: ["get", "/v1/loans/{loanId}/statements", ["loanId"], "query", true],
      create: ["post", "/v1/loans/{loanId}/statements", ["loanId"], "body", false],
      retrieve: ["get", "/v1/loans/{loanId}/statements/{statementId}", ["loanId","statementId"], "", false],
      content: {
        retrieve: ["get", "/v1/loans/{loanId}/statements/{statementId}/content", ["loanId","statementId"], "", false],
      },
    },
    transactions: {
      list: ["get", "/v1/loans/{loanId}/transactions", ["loanId"], "query", false],
    },
    trialBalance: {
      retrieve: ["get", "/v1/loans/{loanId}/trial-balance", ["loanId"], "query", false],
    },
    writeOffs: {
      create: ["post", "/v1/loans/{loanId}/write-offs", ["loanId"], "body", false],
    },
  },
  parties: {
    list: ["get", "/v1/parties", [], "query", true],
    create: ["post", "/v1/parties", [], "body", false],
    retrieve: ["get", "/v1/parties/{partyId}", ["partyId"], "", false],
    update: ["patch", "/v1/parties/{partyId}", ["partyId"], "body", false],
    creditReports: {
      list: ["get", "/v1/parties/{partyId}/credit-reports", ["partyId"], "query", true],
      create: ["post", "/v1/parties/{partyId}/credit-reports", ["partyId"], "body", false],
    },
    identityChecks: {
      create: ["post", "/v1/parties/{partyId}/identity-checks", ["partyId"], "", false],
    },
    paymentInstruments: {
      list: ["get", "/v1/parties/{partyId}/payment-instruments", ["partyId"], "query", true],
      create: ["post", "/v1/parties/{partyId}/payment-instruments", ["partyId"], "body", false],
      retrieve: ["get", "/v1/parties/{partyId}/payment-instruments/{instrumentId}", ["partyId","instrumentId"], "", false],
      del: ["delete", "/v1/parties/{partyId}/payment-instruments/{instrumentId}", ["partyId","instrumentId"], "", false],
      verify: ["post", "/v1/parties/{partyId}/payment-instruments/{instrumentId}/verify", ["partyId","instrumentId"], "body", false],
    },
    screenings: {
      create: ["post", "/v1/parties/{partyId}/screenings", ["partyId"], "", false],
    },
  },
  products: {
    list: ["get", "/v1/products", [], "query", true],
    create: ["post", "/v1/products", [], "body", false],
    retrieve: ["get", "/v1/products/{productId}", ["productId"], "", false],
    update: ["put", "/v1/products/{productId}", ["productId"], "body", false],
    archive: ["post", "/v1/products/{productId}/archive", ["productId"], "", false],
    versions: {
      list: ["get", "/v1/products/{productId}/versions", ["productId"], "query", true],
      retrieve: ["get", "/v1/products/{productId}/versions/{version}", ["productId","version"], "", false],
    },
  },
  quotes: {
    create: ["post", "/v1/quotes", [], "body", false],
  },
  reports: {
    achReturnRates: {
      retrieve: ["get", "/v1/reports/ach-return-rates", [], "query", false],
    },
    pipeline: {
      retrieve: ["get", "/v1/reports/pipeline", [], "query", false],
    },
    portfolio: {
      retrieve: ["get", "/v1/reports/portfolio", [], "query", false],
    },
    rollRates: {
      retrieve: ["get", "/v1/reports/roll-rates", [], "query", false],
    },
  },
  ruleSets: {
    list: ["get", "/v1/rule-sets", [], "query", true],
    create: ["post", "/v1/rule-sets", [], "body", false],
    retrieve: ["get", "/v1/rule-sets/{ruleSetId}", ["ruleSetId"], "", false],
    draft: {
      update: ["put", "/v1/rule-sets/{ruleSetId}/draft", ["ruleSetId"], "body", false],
    },
    validate: ["post", "/v1/rule-sets/{ruleSetId}/validate", ["ruleSetId"], "body", false],
    versions: {
      list: ["get", "/v1/rule-sets/{ruleSetId}/versions", ["ruleSetId"], "query", true],
      retrieve: ["get", "/v1/rule-sets/{ruleSetId}/versions/{version}", ["ruleSetId","version"], "", false],
      publish: ["post", "/v1/rule-sets/{ruleSetId}/versions/{version}/publish", ["ruleSetId","version"], "", false],
      simulate: ["post", "/v1/rule-sets/{ruleSetId}/versions/{version}/simulate", ["ruleSetId","version"], "body", false],
    },
  },
  screeningHits: {
    list: ["get", "/v1/screening-hits", [], "query", true],
    retrieve: ["get", "/v1/screening-hits/{screeningHitId}", ["screeningHitId"], "", false],
    clear: ["post", "/v1/screening-hits/{screeningHitId}/clear", ["screeningHitId"], "body", false],
    confirm: ["post", "/v1/screening-hits/{screeningHitId}/confirm", ["screeningHitId"], "body", false],
  },
  settings: {
    retrieve: ["get", "/v1/settings", [], "", false],
    update: ["patch", "/v1/settings", [], "body", false],
  },
  tasks: {
    list: ["get", "/v1/tasks", [], "query", true],
    retrieve: ["get", "/v1/tasks/{taskId}", ["taskId"], "", false],
    claim: ["post", "/v1/tasks/{taskId}/claim", ["taskId"], "", false],
    complete: ["post", "/v1/tasks/{taskId}/complete", ["taskId"], "body", false],
    reassign: ["post", "/v1/tasks/{taskId}/reassign", ["taskId"], "body", false],
  },
  testClock: {
    advances: {
      create: ["post", "/v1/test-clock/advances", [], "body", false],
    },
  },
  webhookEndpoints: {
    list: ["get", "/v1/webhook-endpoints", [], "query", true],
    create: ["post", "/v1/webhook-endpoints", [], "body", false],
    retrieve: ["get", "/v1/webhook-endpoints/{endpointId}", ["endpointId"], "", false],
    update: ["patch", "/v1/webhook-endpoints/{endpointId}", ["endpointId"], "body", false],
    del: ["delete", "/v1/webhook-endpoints/{endpointId}", ["endpointId"], "", false],
    deliveries: {
      list: ["get", "/v1/webhook-endpoints/{endpointId}/deliveries", ["endpointId"], "query", true],
    },
    replays: {
      create: ["post", "/v1/webhook-endpoints/{endpointId}/replays", ["endpointId"], "body", false],
    },
    secretRotations: {
      create: ["post", "/v1/webhook-endpoints/{endpointId}/secret-rotations", ["endpointId"], "", false],
    },
  },
  workflows: {
    list: ["get", "/v1/workflows", [], "query", true],
    create: ["post", "/v1/workflows", [], "body", false],
    retrieve: ["get", "/v1/workflows/{workflowId}", ["workflowId"], "", false],
    publish: ["post", "/v1/workflows/{workflowId}/publish", ["workflowId"], "", false],
  },
} as const satisfies ResourceTable;

/** The resource methods of a `Lendstack` client, typed from the OpenAPI document. */
export interface Resources {
  readonly achFiles: {
    /** List ACH files — `GET /v1/ach-files` (listAchFiles) */
    list(query?: Query<paths["/v1/ach-files"]["get"]>, options?: RequestOptions): PagePromise<SuccessBody<paths["/v1/ach-files"]["get"]>>;
    /** Get an ACH file — `GET /v1/ach-files/{fileId}` (getAchFile) */
    retrieve(fileId: PathParameter<paths["/v1/ach-files/{fileId}"]["get"], "fileId">, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/ach-files/{fileId}"]["get"]>>>;
    readonly content: {
      /** Download an ACH file — `GET /v1/ach-files/{fileId}/content` (downloadAchFile) */
      retrieve(fileId: PathParameter<paths["/v1/ach-files/{fileId}/content"]["get"], "fileId">, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/ach-files/{fileId}/content"]["get"]>>>;
    };
  };
  readonly achReturns: {
    /** Ingest an ACH returns/NOC file — `POST /v1/ach-returns` (ingestAchReturns) */
    create(body: RequestBody<paths["/v1/ach-returns"]["post"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/ach-returns"]["post"]>>>;
  };
  readonly applications: {
    /** List applications — `GET /v1/applications` (listApplications) */
    list(query?: Query<paths["/v1/applications"]["get"]>, options?: RequestOptions): PagePromise<SuccessBody<paths["/v1/applications"]["get"]>>;
    /** Create an application — `POST /v1/applications` (createApplication) */
    create(body: RequestBody<paths["/v1/applications"]["post"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/applications"]["post"]>>>;
    /** Get an application — `GET /v1/applications/{applicationId}` (getApplication) */
    retrieve(applicationId: PathParameter<paths["/v1/applications/{applicationId}"]["get"], "applicationId">, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/applications/{applicationId}"]["get"]>>>;
    /** Update a draft application — `PATCH /v1/applications/{applicationId}` (updateApplication) */
    update(applicationId: PathParameter<paths["/v1/applications/{applicationId}"]["patch"], "applicationId">, body: RequestBody<paths["/v1/applications/{applicationId}"]["patch"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/applications/{applicationId}"]["patch"]>>>;
    readonly adverseActionNotice: {
      /** Get a declined application's adverse-action notice — `GET /v1/applications/{applicationId}/adverse-action-notice` (getAdverseActionNotice) */
      retrieve(applicationId: PathParameter<paths["/v1/applications/{applicationId}/adverse-action-notice"]["get"], "applicationId">, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/applications/{applicationId}/adverse-action-notice"]["get"]>>>;
      /** Record that the adverse-action notice went out — `POST /v1/applications/{applicationId}/adverse-action-notice/delivery` (recordAdverseActionNoticeDelivery) */
      delivery(applicationId: PathParameter<paths["/v1/applications/{applicationId}/adverse-action-notice/delivery"]["post"], "applicationId">, body: RequestBody<paths["/v1/applications/{applicationId}/adverse-action-notice/delivery"]["post"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/applications/{applicationId}/adverse-action-notice/delivery"]["post"]>>>;
    };
    /** Approve a referred application — `POST /v1/applications/{applicationId}/approve` (approveApplication) */
    approve(applicationId: PathParameter<paths["/v1/applications/{applicationId}/approve"]["post"], "applicationId">, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/applications/{applicationId}/approve"]["post"]>>>;
    /** Start closing — `POST /v1/applications/{applicationId}/closing` (startApplicationClosing) */
    closing(applicationId: PathParameter<paths["/v1/applications/{applicationId}/closing"]["post"], "applicationId">, body: RequestBody<paths["/v1/applications/{applicationId}/closing"]["post"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/applications/{applicationId}/closing"]["post"]>>>;
    readonly conditions: {
      /** List an application's conditions — `GET /v1/applications/{applicationId}/conditions` (listApplicationConditions) */
      list(applicationId: PathParameter<paths["/v1/applications/{applicationId}/conditions"]["get"], "applicationId">, query?: Query<paths["/v1/applications/{applicationId}/conditions"]["get"]>, options?: RequestOptions): PagePromise<SuccessBody<paths["/v1/applications/{applicationId}/conditions"]["get"]>>;
      /** Raise an underwriting condition — `POST /v1/applications/{applicationId}/conditions` (raiseApplicationCondition) */
      create(applicationId: PathParameter<paths["/v1/applications/{applicationId}/conditions"]["post"], "applicationId">, body: RequestBody<paths["/v1/applications/{applicationId}/conditions"]["post"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/applications/{applicationId}/conditions"]["post"]>>>;
      /** Clear a condition — `POST /v1/applications/{applicationId}/conditions/{conditionId}/clear` (clearApplicationCondition) */
      clear(applicationId: PathParameter<paths["/v1/applications/{applicationId}/conditions/{conditionId}/clear"]["post"], "applicationId">, conditionId: PathParameter<paths["/v1/applications/{applicationId}/conditions/{conditionId}/clear"]["post"], "conditionId">, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/applications/{applicationId}/conditions/{conditionId}/clear"]["post"]>>>;
      /** Waive a condition — `POST /v1/applications/{applicationId}/conditions/{conditionId}/waive` (waiveApplicationCondition) */
      waive(applicationId: PathParameter<paths["/v1/applications/{applicationId}/conditions/{conditionId}/waive"]["post"], "applicationId">, conditionId: PathParameter<paths["/v1/applications/{applicationId}/conditions/{conditionId}/waive"]["post"], "conditionId">, body: RequestBody<paths["/v1/applications/{applicationId}/conditions/{conditionId}/waive"]["post"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/applications/{applicationId}/conditions/{conditionId}/waive"]["post"]>>>;
    };
    /** Decide an application — `POST /v1/applications/{applicationId}/decision` (decideApplication) */
    decision(applicationId: PathParameter<paths["/v1/applications/{applicationId}/decision"]["post"], "applicationId">, body: RequestBody<paths["/v1/applications/{applicationId}/decision"]["post"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/applications/{applicationId}/decision"]["post"]>>>;
    /** Decline a referred application — `POST /v1/applications/{applicationId}/decline` (declineApplication) */
    decline(applicationId: PathParameter<paths["/v1/applications/{applicationId}/decline"]["post"], "applicationId">, body: RequestBody<paths["/v1/applications/{applicationId}/decline"]["post"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/applications/{applicationId}/decline"]["post"]>>>;
    /** Fund an application — `POST /v1/applications/{applicationId}/fund` (fundApplication) */
    fund(applicationId: PathParameter<paths["/v1/applications/{applicationId}/fund"]["post"], "applicationId">, body: RequestBody<paths["/v1/applications/{applicationId}/fund"]["post"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/applications/{applicationId}/fund"]["post"]>>>;
    readonly generatedDocuments: {
      /** Generate a document of an application (PDF) — `POST /v1/applications/{applicationId}/generated-documents` (generateApplicationDocument) */
      create(applicationId: PathParameter<paths["/v1/applications/{applicationId}/generated-documents"]["post"], "applicationId">, body: RequestBody<paths["/v1/applications/{applicationId}/generated-documents"]["post"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/applications/{applicationId}/generated-documents"]["post"]>>>;
    };
    readonly offers: {
      /** List an application's offers — `GET /v1/applications/{applicationId}/offers` (listApplicationOffers) */
      list(applicationId: PathParameter<paths["/v1/applications/{applicationId}/offers"]["get"], "applicationId">, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/applications/{applicationId}/offers"]["get"]>>>;
      /** Accept an offer — `POST /v1/applications/{applicationId}/offers/{offerId}/accept` (acceptApplicationOffer) */
      accept(applicationId: PathParameter<paths["/v1/applications/{applicationId}/offers/{offerId}/accept"]["post"], "applicationId">, offerId: PathParameter<paths["/v1/applications/{applicationId}/offers/{offerId}/accept"]["post"], "offerId">, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/applications/{applicationId}/offers/{offerId}/accept"]["post"]>>>;
      /** Counter an offer — `POST /v1/applications/{applicationId}/offers/{offerId}/counter` (counterApplicationOffer) */
      counter(applicationId: PathParameter<paths["/v1/applications/{applicationId}/offers/{offerId}/counter"]["post"], "applicationId">, offerId: PathParameter<paths["/v1/applications/{applicationId}/offers/{offerId}/counter"]["post"], "offerId">, body: RequestBody<paths["/v1/applications/{applicationId}/offers/{offerId}/counter"]["post"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/applications/{applicationId}/offers/{offerId}/counter"]["post"]>>>;
    };
    /** Submit an application — `POST /v1/applications/{applicationId}/submit` (submitApplication) */
    submit(applicationId: PathParameter<paths["/v1/applications/{applicationId}/submit"]["post"], "applicationId">, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/applications/{applicationId}/submit"]["post"]>>>;
    /** Withdraw an application — `POST /v1/applications/{applicationId}/withdraw` (withdrawApplication) */
    withdraw(applicationId: PathParameter<paths["/v1/applications/{applicationId}/withdraw"]["post"], "applicationId">, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/applications/{applicationId}/withdraw"]["post"]>>>;
  };
  readonly auditRecords: {
    /** List audit records — `GET /v1/audit-records` (listAuditRecords) */
    list(query?: Query<paths["/v1/audit-records"]["get"]>, options?: RequestOptions): PagePromise<SuccessBody<paths["/v1/audit-records"]["get"]>>;
  };
  readonly closeRuns: {
    /** List close runs — `GET /v1/close-runs` (listCloseRuns) */
    list(query?: Query<paths["/v1/close-runs"]["get"]>, options?: RequestOptions): PagePromise<SuccessBody<paths["/v1/close-runs"]["get"]>>;
    /** Get a close run — `GET /v1/close-runs/{closeRunId}` (getCloseRun) */
    retrieve(closeRunId: PathParameter<paths["/v1/close-runs/{closeRunId}"]["get"], "closeRunId">, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/close-runs/{closeRunId}"]["get"]>>>;
  };
  readonly collections: {
    readonly queues: {
      /** List collections queues — `GET /v1/collections/queues` (listCollectionsQueues) */
      list(options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/collections/queues"]["get"]>>>;
      readonly accounts: {
        /** List a queue's accounts — `GET /v1/collections/queues/{queue}/accounts` (listCollectionsQueueAccounts) */
        list(queue: PathParameter<paths["/v1/collections/queues/{queue}/accounts"]["get"], "queue">, query?: Query<paths["/v1/collections/queues/{queue}/accounts"]["get"]>, options?: RequestOptions): PagePromise<SuccessBody<paths["/v1/collections/queues/{queue}/accounts"]["get"]>>;
      };
    };
  };
  readonly creditReporting: {
    readonly metro2Files: {
      /** List Metro 2 files — `GET /v1/credit-reporting/metro2-files` (listCreditReportingFiles) */
      list(query?: Query<paths["/v1/credit-reporting/metro2-files"]["get"]>, options?: RequestOptions): PagePromise<SuccessBody<paths["/v1/credit-reporting/metro2-files"]["get"]>>;
      /** Generate a month's Metro 2 file — `POST /v1/credit-reporting/metro2-files` (generateCreditReportingFile) */
      create(body: RequestBody<paths["/v1/credit-reporting/metro2-files"]["post"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/credit-reporting/metro2-files"]["post"]>>>;
      /** Get a Metro 2 file — `GET /v1/credit-reporting/metro2-files/{furnishingFileId}` (getCreditReportingFile) */
      retrieve(furnishingFileId: PathParameter<paths["/v1/credit-reporting/metro2-files/{furnishingFileId}"]["get"], "furnishingFileId">, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/credit-reporting/metro2-files/{furnishingFileId}"]["get"]>>>;
      readonly content: {
        /** Download a Metro 2 file — `GET /v1/credit-reporting/metro2-files/{furnishingFileId}/content` (downloadCreditReportingFile) */
        retrieve(furnishingFileId: PathParameter<paths["/v1/credit-reporting/metro2-files/{furnishingFileId}/content"]["get"], "furnishingFileId">, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/credit-reporting/metro2-files/{furnishingFileId}/content"]["get"]>>>;
      };
    };
  };
  readonly creditReports: {
    /** Get a credit report — `GET /v1/credit-reports/{creditReportId}` (getCreditReport) */
    retrieve(creditReportId: PathParameter<paths["/v1/credit-reports/{creditReportId}"]["get"], "creditReportId">, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/credit-reports/{creditReportId}"]["get"]>>>;
  };
  readonly decisions: {
    /** List decisions — `GET /v1/decisions` (listDecisions) */
    list(query?: Query<paths["/v1/decisions"]["get"]>, options?: RequestOptions): PagePromise<SuccessBody<paths["/v1/decisions"]["get"]>>;
    /** Decide an application — `POST /v1/decisions` (makeDecision) */
    create(body: RequestBody<paths["/v1/decisions"]["post"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/decisions"]["post"]>>>;
    /** Get a stored decision — `GET /v1/decisions/{decisionId}` (getDecision) */
    retrieve(decisionId: PathParameter<paths["/v1/decisions/{decisionId}"]["get"], "decisionId">, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/decisions/{decisionId}"]["get"]>>>;
  };
  readonly disbursements: {
    /** Get a disbursement — `GET /v1/disbursements/{disbursementId}` (getDisbursement) */
    retrieve(disbursementId: PathParameter<paths["/v1/disbursements/{disbursementId}"]["get"], "disbursementId">, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/disbursements/{disbursementId}"]["get"]>>>;
    readonly status: {
      /** Record a disbursement's progress — `POST /v1/disbursements/{disbursementId}/status` (updateDisbursementStatus) */
      create(disbursementId: PathParameter<paths["/v1/disbursements/{disbursementId}/status"]["post"], "disbursementId">, body: RequestBody<paths["/v1/disbursements/{disbursementId}/status"]["post"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/disbursements/{disbursementId}/status"]["post"]>>>;
    };
  };
  readonly documents: {
    /** List documents — `GET /v1/documents` (listDocuments) */
    list(query?: Query<paths["/v1/documents"]["get"]>, options?: RequestOptions): PagePromise<SuccessBody<paths["/v1/documents"]["get"]>>;
    /** Upload a document — `POST /v1/documents` (uploadDocument) */
    create(body: RequestBody<paths["/v1/documents"]["post"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/documents"]["post"]>>>;
    /** Get a document — `GET /v1/documents/{documentId}` (getDocument) */
    retrieve(documentId: PathParameter<paths["/v1/documents/{documentId}"]["get"], "documentId">, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/documents/{documentId}"]["get"]>>>;
    /** Accept a document — `POST /v1/documents/{documentId}/accept` (acceptDocument) */
    accept(documentId: PathParameter<paths["/v1/documents/{documentId}/accept"]["post"], "documentId">, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/documents/{documentId}/accept"]["post"]>>>;
    readonly content: {
      /** Download a document's bytes — `GET /v1/documents/{documentId}/content` (downloadDocument) */
      retrieve(documentId: PathParameter<paths["/v1/documents/{documentId}/content"]["get"], "documentId">, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/documents/{documentId}/content"]["get"]>>>;
    };
    readonly extractions: {
      /** List a document's extractions — `GET /v1/documents/{documentId}/extractions` (listDocumentExtractions) */
      list(documentId: PathParameter<paths["/v1/documents/{documentId}/extractions"]["get"], "documentId">, query?: Query<paths["/v1/documents/{documentId}/extractions"]["get"]>, options?: RequestOptions): PagePromise<SuccessBody<paths["/v1/documents/{documentId}/extractions"]["get"]>>;
      /** Extract a document's fields — `POST /v1/documents/{documentId}/extractions` (extractDocument) */
      create(documentId: PathParameter<paths["/v1/documents/{documentId}/extractions"]["post"], "documentId">, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/documents/{documentId}/extractions"]["post"]>>>;
    };
    /** Reject a document — `POST /v1/documents/{documentId}/reject` (rejectDocument) */
    reject(documentId: PathParameter<paths["/v1/documents/{documentId}/reject"]["post"], "documentId">, body: RequestBody<paths["/v1/documents/{documentId}/reject"]["post"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/documents/{documentId}/reject"]["post"]>>>;
  };
  readonly envelopes: {
    /** List envelopes — `GET /v1/envelopes` (listEnvelopes) */
    list(query?: Query<paths["/v1/envelopes"]["get"]>, options?: RequestOptions): PagePromise<SuccessBody<paths["/v1/envelopes"]["get"]>>;
    /** Send documents for signature — `POST /v1/envelopes` (createEnvelope) */
    create(body: RequestBody<paths["/v1/envelopes"]["post"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/envelopes"]["post"]>>>;
    /** Get an envelope — `GET /v1/envelopes/{envelopeId}` (getEnvelope) */
    retrieve(envelopeId: PathParameter<paths["/v1/envelopes/{envelopeId}"]["get"], "envelopeId">, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/envelopes/{envelopeId}"]["get"]>>>;
    readonly signers: {
      readonly links: {
        /** Issue a new signing link — `POST /v1/envelopes/{envelopeId}/signers/{signerId}/links` (issueEnvelopeSigningLink) */
        create(envelopeId: PathParameter<paths["/v1/envelopes/{envelopeId}/signers/{signerId}/links"]["post"], "envelopeId">, signerId: PathParameter<paths["/v1/envelopes/{envelopeId}/signers/{signerId}/links"]["post"], "signerId">, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/envelopes/{envelopeId}/signers/{signerId}/links"]["post"]>>>;
      };
    };
    readonly verify: {
      /** Verify an envelope's evidence — `GET /v1/envelopes/{envelopeId}/verify` (verifyEnvelope) */
      retrieve(envelopeId: PathParameter<paths["/v1/envelopes/{envelopeId}/verify"]["get"], "envelopeId">, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/envelopes/{envelopeId}/verify"]["get"]>>>;
    };
    /** Void an envelope — `POST /v1/envelopes/{envelopeId}/void` (voidEnvelope) */
    void(envelopeId: PathParameter<paths["/v1/envelopes/{envelopeId}/void"]["post"], "envelopeId">, body: RequestBody<paths["/v1/envelopes/{envelopeId}/void"]["post"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/envelopes/{envelopeId}/void"]["post"]>>>;
  };
  readonly events: {
    /** List events — `GET /v1/events` (listEvents) */
    list(query?: Query<paths["/v1/events"]["get"]>, options?: RequestOptions): PagePromise<SuccessBody<paths["/v1/events"]["get"]>>;
    /** Get an event — `GET /v1/events/{eventId}` (getEvent) */
    retrieve(eventId: PathParameter<paths["/v1/events/{eventId}"]["get"], "eventId">, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/events/{eventId}"]["get"]>>>;
  };
  readonly exports: {
    readonly loans: {
      /** Export the book — `GET /v1/exports/loans` (exportLoans) */
      list(query?: Query<paths["/v1/exports/loans"]["get"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/exports/loans"]["get"]>>>;
    };
  };
  readonly extractions: {
    /** Get a document extraction — `GET /v1/extractions/{extractionId}` (getExtraction) */
    retrieve(extractionId: PathParameter<paths["/v1/extractions/{extractionId}"]["get"], "extractionId">, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/extractions/{extractionId}"]["get"]>>>;
  };
  readonly imports: {
    /** Import a book of loans — `POST /v1/imports` (createImport) */
    create(body: RequestBody<paths["/v1/imports"]["post"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/imports"]["post"]>>>;
    /** Get an import — `GET /v1/imports/{importId}` (getImport) */
    retrieve(importId: PathParameter<paths["/v1/imports/{importId}"]["get"], "importId">, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/imports/{importId}"]["get"]>>>;
    readonly results: {
      /** List import results — `GET /v1/imports/{importId}/results` (listImportResults) */
      list(importId: PathParameter<paths["/v1/imports/{importId}/results"]["get"], "importId">, query?: Query<paths["/v1/imports/{importId}/results"]["get"]>, options?: RequestOptions): PagePromise<SuccessBody<paths["/v1/imports/{importId}/results"]["get"]>>;
    };
    readonly resumptions: {
      /** Resume an import — `POST /v1/imports/{importId}/resumptions` (resumeImport) */
      create(importId: PathParameter<paths["/v1/imports/{importId}/resumptions"]["post"], "importId">, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/imports/{importId}/resumptions"]["post"]>>>;
    };
  };
  readonly loans: {
    /** List loans — `GET /v1/loans` (listLoans) */
    list(query?: Query<paths["/v1/loans"]["get"]>, options?: RequestOptions): PagePromise<SuccessBody<paths["/v1/loans"]["get"]>>;
    /** Board a loan — `POST /v1/loans` (boardLoan) */
    create(body: RequestBody<paths["/v1/loans"]["post"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/loans"]["post"]>>>;
    /** Get a loan's state — `GET /v1/loans/{loanId}` (getLoan) */
    retrieve(loanId: PathParameter<paths["/v1/loans/{loanId}"]["get"], "loanId">, query?: Query<paths["/v1/loans/{loanId}"]["get"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/loans/{loanId}"]["get"]>>>;
    readonly autopay: {
      /** Get a loan's autopay — `GET /v1/loans/{loanId}/autopay` (getLoanAutopay) */
      retrieve(loanId: PathParameter<paths["/v1/loans/{loanId}/autopay"]["get"], "loanId">, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/loans/{loanId}/autopay"]["get"]>>>;
      /** Enroll a loan in autopay — `PUT /v1/loans/{loanId}/autopay` (enrollLoanAutopay) */
      update(loanId: PathParameter<paths["/v1/loans/{loanId}/autopay"]["put"], "loanId">, body: RequestBody<paths["/v1/loans/{loanId}/autopay"]["put"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/loans/{loanId}/autopay"]["put"]>>>;
      /** Cancel a loan's autopay — `DELETE /v1/loans/{loanId}/autopay` (cancelLoanAutopay) */
      del(loanId: PathParameter<paths["/v1/loans/{loanId}/autopay"]["delete"], "loanId">, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/loans/{loanId}/autopay"]["delete"]>>>;
    };
    readonly cardPayments: {
      /** List card payments — `GET /v1/loans/{loanId}/card-payments` (listCardPayments) */
      list(loanId: PathParameter<paths["/v1/loans/{loanId}/card-payments"]["get"], "loanId">, query?: Query<paths["/v1/loans/{loanId}/card-payments"]["get"]>, options?: RequestOptions): PagePromise<SuccessBody<paths["/v1/loans/{loanId}/card-payments"]["get"]>>;
      /** Pay by card — `POST /v1/loans/{loanId}/card-payments` (createCardPayment) */
      create(loanId: PathParameter<paths["/v1/loans/{loanId}/card-payments"]["post"], "loanId">, body: RequestBody<paths["/v1/loans/{loanId}/card-payments"]["post"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/loans/{loanId}/card-payments"]["post"]>>>;
      /** Get a card payment — `GET /v1/loans/{loanId}/card-payments/{cardPaymentId}` (getCardPayment) */
      retrieve(loanId: PathParameter<paths["/v1/loans/{loanId}/card-payments/{cardPaymentId}"]["get"], "loanId">, cardPaymentId: PathParameter<paths["/v1/loans/{loanId}/card-payments/{cardPaymentId}"]["get"], "cardPaymentId">, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/loans/{loanId}/card-payments/{cardPaymentId}"]["get"]>>>;
      readonly refunds: {
        /** Refund a card payment — `POST /v1/loans/{loanId}/card-payments/{cardPaymentId}/refunds` (refundCardPayment) */
        create(loanId: PathParameter<paths["/v1/loans/{loanId}/card-payments/{cardPaymentId}/refunds"]["post"], "loanId">, cardPaymentId: PathParameter<paths["/v1/loans/{loanId}/card-payments/{cardPaymentId}/refunds"]["post"], "cardPaymentId">, body?: RequestBody<paths["/v1/loans/{loanId}/card-payments/{cardPaymentId}/refunds"]["post"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/loans/{loanId}/card-payments/{cardPaymentId}/refunds"]["post"]>>>;
      };
    };
    readonly chargeOffs: {
      /** Charge off a loan — `POST /v1/loans/{loanId}/charge-offs` (chargeOffLoan) */
      create(loanId: PathParameter<paths["/v1/loans/{loanId}/charge-offs"]["post"], "loanId">, body: RequestBody<paths["/v1/loans/{loanId}/charge-offs"]["post"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/loans/{loanId}/charge-offs"]["post"]>>>;
    };
    readonly contactPreferences: {
      /** Get contact preferences — `GET /v1/loans/{loanId}/contact-preferences` (getLoanContactPreferences) */
      retrieve(loanId: PathParameter<paths["/v1/loans/{loanId}/contact-preferences"]["get"], "loanId">, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/loans/{loanId}/contact-preferences"]["get"]>>>;
      /** Set contact preferences — `PUT /v1/loans/{loanId}/contact-preferences` (setLoanContactPreferences) */
      update(loanId: PathParameter<paths["/v1/loans/{loanId}/contact-preferences"]["put"], "loanId">, body: RequestBody<paths["/v1/loans/{loanId}/contact-preferences"]["put"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/loans/{loanId}/contact-preferences"]["put"]>>>;
    };
    readonly contacts: {
      /** List contacts — `GET /v1/loans/{loanId}/contacts` (listLoanContacts) */
      list(loanId: PathParameter<paths["/v1/loans/{loanId}/contacts"]["get"], "loanId">, query?: Query<paths["/v1/loans/{loanId}/contacts"]["get"]>, options?: RequestOptions): PagePromise<SuccessBody<paths["/v1/loans/{loanId}/contacts"]["get"]>>;
      /** Log a contact — `POST /v1/loans/{loanId}/contacts` (logLoanContact) */
      create(loanId: PathParameter<paths["/v1/loans/{loanId}/contacts"]["post"], "loanId">, body: RequestBody<paths["/v1/loans/{loanId}/contacts"]["post"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/loans/{loanId}/contacts"]["post"]>>>;
    };
    readonly creditReporting: {
      /** Get a loan's credit reporting — `GET /v1/loans/{loanId}/credit-reporting` (getLoanCreditReporting) */
      retrieve(loanId: PathParameter<paths["/v1/loans/{loanId}/credit-reporting"]["get"], "loanId">, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/loans/{loanId}/credit-reporting"]["get"]>>>;
      /** Set or clear a loan's dispute code — `PUT /v1/loans/{loanId}/credit-reporting` (setLoanCreditReporting) */
      update(loanId: PathParameter<paths["/v1/loans/{loanId}/credit-reporting"]["put"], "loanId">, body: RequestBody<paths["/v1/loans/{loanId}/credit-reporting"]["put"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/loans/{loanId}/credit-reporting"]["put"]>>>;
    };
    readonly disbursements: {
      /** Disburse a tranche — `POST /v1/loans/{loanId}/disbursements` (disburseLoanTranche) */
      create(loanId: PathParameter<paths["/v1/loans/{loanId}/disbursements"]["post"], "loanId">, body: RequestBody<paths["/v1/loans/{loanId}/disbursements"]["post"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/loans/{loanId}/disbursements"]["post"]>>>;
    };
    readonly events: {
      /** List a loan's stored events — `GET /v1/loans/{loanId}/events` (listLoanEvents) */
      list(loanId: PathParameter<paths["/v1/loans/{loanId}/events"]["get"], "loanId">, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/loans/{loanId}/events"]["get"]>>>;
    };
    readonly feeWaivers: {
      /** Waive a fee — `POST /v1/loans/{loanId}/fee-waivers` (waiveLoanFee) */
      create(loanId: PathParameter<paths["/v1/loans/{loanId}/fee-waivers"]["post"], "loanId">, body: RequestBody<paths["/v1/loans/{loanId}/fee-waivers"]["post"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/loans/{loanId}/fee-waivers"]["post"]>>>;
    };
    readonly fees: {
      /** Charge a fee — `POST /v1/loans/{loanId}/fees` (chargeLoanFee) */
      create(loanId: PathParameter<paths["/v1/loans/{loanId}/fees"]["post"], "loanId">, body: RequestBody<paths["/v1/loans/{loanId}/fees"]["post"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/loans/{loanId}/fees"]["post"]>>>;
    };
    readonly hardshipPlans: {
      /** List hardship plans — `GET /v1/loans/{loanId}/hardship-plans` (listLoanHardshipPlans) */
      list(loanId: PathParameter<paths["/v1/loans/{loanId}/hardship-plans"]["get"], "loanId">, query?: Query<paths["/v1/loans/{loanId}/hardship-plans"]["get"]>, options?: RequestOptions): PagePromise<SuccessBody<paths["/v1/loans/{loanId}/hardship-plans"]["get"]>>;
      /** Grant a hardship plan — `POST /v1/loans/{loanId}/hardship-plans` (createLoanHardshipPlan) */
      create(loanId: PathParameter<paths["/v1/loans/{loanId}/hardship-plans"]["post"], "loanId">, body: RequestBody<paths["/v1/loans/{loanId}/hardship-plans"]["post"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/loans/{loanId}/hardship-plans"]["post"]>>>;
      /** Preview a hardship plan — `POST /v1/loans/{loanId}/hardship-plans/preview` (previewLoanHardshipPlan) */
      preview(loanId: PathParameter<paths["/v1/loans/{loanId}/hardship-plans/preview"]["post"], "loanId">, body: RequestBody<paths["/v1/loans/{loanId}/hardship-plans/preview"]["post"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/loans/{loanId}/hardship-plans/preview"]["post"]>>>;
    };
    readonly journalEntries: {
      /** List a loan's journal entries — `GET /v1/loans/{loanId}/journal-entries` (listLoanJournalEntries) */
      list(loanId: PathParameter<paths["/v1/loans/{loanId}/journal-entries"]["get"], "loanId">, query?: Query<paths["/v1/loans/{loanId}/journal-entries"]["get"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/loans/{loanId}/journal-entries"]["get"]>>>;
    };
    readonly notices: {
      /** List notices — `GET /v1/loans/{loanId}/notices` (listLoanNotices) */
      list(loanId: PathParameter<paths["/v1/loans/{loanId}/notices"]["get"], "loanId">, query?: Query<paths["/v1/loans/{loanId}/notices"]["get"]>, options?: RequestOptions): PagePromise<SuccessBody<paths["/v1/loans/{loanId}/notices"]["get"]>>;
      readonly content: {
        /** Download a notice as PDF — `GET /v1/loans/{loanId}/notices/{noticeId}/content` (downloadLoanNotice) */
        retrieve(loanId: PathParameter<paths["/v1/loans/{loanId}/notices/{noticeId}/content"]["get"], "loanId">, noticeId: PathParameter<paths["/v1/loans/{loanId}/notices/{noticeId}/content"]["get"], "noticeId">, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/loans/{loanId}/notices/{noticeId}/content"]["get"]>>>;
      };
    };
    readonly paymentHolidays: {
      /** Grant a payment holiday (deferral) — `POST /v1/loans/{loanId}/payment-holidays` (deferLoanPayments) */
      create(loanId: PathParameter<paths["/v1/loans/{loanId}/payment-holidays"]["post"], "loanId">, body: RequestBody<paths["/v1/loans/{loanId}/payment-holidays"]["post"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/loans/{loanId}/payment-holidays"]["post"]>>>;
      /** Preview a payment holiday — `POST /v1/loans/{loanId}/payment-holidays/preview` (previewLoanPaymentHoliday) */
      preview(loanId: PathParameter<paths["/v1/loans/{loanId}/payment-holidays/preview"]["post"], "loanId">, body: RequestBody<paths["/v1/loans/{loanId}/payment-holidays/preview"]["post"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/loans/{loanId}/payment-holidays/preview"]["post"]>>>;
    };
    readonly payments: {
      /** Post a payment — `POST /v1/loans/{loanId}/payments` (postLoanPayment) */
      create(loanId: PathParameter<paths["/v1/loans/{loanId}/payments"]["post"], "loanId">, body: RequestBody<paths["/v1/loans/{loanId}/payments"]["post"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/loans/{loanId}/payments"]["post"]>>>;
    };
    readonly payoffQuote: {
      /** Quote a payoff — `GET /v1/loans/{loanId}/payoff-quote` (getLoanPayoffQuote) */
      retrieve(loanId: PathParameter<paths["/v1/loans/{loanId}/payoff-quote"]["get"], "loanId">, query?: Query<paths["/v1/loans/{loanId}/payoff-quote"]["get"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/loans/{loanId}/payoff-quote"]["get"]>>>;
    };
    readonly promises: {
      /** List promises to pay — `GET /v1/loans/{loanId}/promises` (listLoanPromises) */
      list(loanId: PathParameter<paths["/v1/loans/{loanId}/promises"]["get"], "loanId">, query?: Query<paths["/v1/loans/{loanId}/promises"]["get"]>, options?: RequestOptions): PagePromise<SuccessBody<paths["/v1/loans/{loanId}/promises"]["get"]>>;
      /** Record a promise to pay — `POST /v1/loans/{loanId}/promises` (recordLoanPromise) */
      create(loanId: PathParameter<paths["/v1/loans/{loanId}/promises"]["post"], "loanId">, body: RequestBody<paths["/v1/loans/{loanId}/promises"]["post"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/loans/{loanId}/promises"]["post"]>>>;
    };
    readonly rateChanges: {
      /** Change the rate — `POST /v1/loans/{loanId}/rate-changes` (changeLoanRate) */
      create(loanId: PathParameter<paths["/v1/loans/{loanId}/rate-changes"]["post"], "loanId">, body: RequestBody<paths["/v1/loans/{loanId}/rate-changes"]["post"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/loans/{loanId}/rate-changes"]["post"]>>>;
    };
    readonly recoveries: {
      /** Record a recovery — `POST /v1/loans/{loanId}/recoveries` (recoverLoan) */
      create(loanId: PathParameter<paths["/v1/loans/{loanId}/recoveries"]["post"], "loanId">, body: RequestBody<paths["/v1/loans/{loanId}/recoveries"]["post"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/loans/{loanId}/recoveries"]["post"]>>>;
    };
    readonly refunds: {
      /** Refund a credit balance — `POST /v1/loans/{loanId}/refunds` (refundLoanCredit) */
      create(loanId: PathParameter<paths["/v1/loans/{loanId}/refunds"]["post"], "loanId">, body: RequestBody<paths["/v1/loans/{loanId}/refunds"]["post"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/loans/{loanId}/refunds"]["post"]>>>;
    };
    readonly reschedules: {
      /** Reschedule a loan — `POST /v1/loans/{loanId}/reschedules` (rescheduleLoan) */
      create(loanId: PathParameter<paths["/v1/loans/{loanId}/reschedules"]["post"], "loanId">, body: RequestBody<paths["/v1/loans/{loanId}/reschedules"]["post"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/loans/{loanId}/reschedules"]["post"]>>>;
      /** Preview a reschedule — `POST /v1/loans/{loanId}/reschedules/preview` (previewLoanReschedule) */
      preview(loanId: PathParameter<paths["/v1/loans/{loanId}/reschedules/preview"]["post"], "loanId">, body: RequestBody<paths["/v1/loans/{loanId}/reschedules/preview"]["post"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/loans/{loanId}/reschedules/preview"]["post"]>>>;
    };
    readonly reversals: {
      /** Reverse a payment — `POST /v1/loans/{loanId}/reversals` (reverseLoanPayment) */
      create(loanId: PathParameter<paths["/v1/loans/{loanId}/reversals"]["post"], "loanId">, body: RequestBody<paths["/v1/loans/{loanId}/reversals"]["post"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/loans/{loanId}/reversals"]["post"]>>>;
    };
    readonly schedule: {
      /** Get a loan's schedule — `GET /v1/loans/{loanId}/schedule` (getLoanSchedule) */
      retrieve(loanId: PathParameter<paths["/v1/loans/{loanId}/schedule"]["get"], "loanId">, query?: Query<paths["/v1/loans/{loanId}/schedule"]["get"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/loans/{loanId}/schedule"]["get"]>>>;
    };
    readonly servicemember: {
      /** Get the borrower's military service (SCRA) — `GET /v1/loans/{loanId}/servicemember` (getLoanServicemember) */
      retrieve(loanId: PathParameter<paths["/v1/loans/{loanId}/servicemember"]["get"], "loanId">, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/loans/{loanId}/servicemember"]["get"]>>>;
      /** Record the borrower's military service (SCRA) — `PUT /v1/loans/{loanId}/servicemember` (setLoanServicemember) */
      update(loanId: PathParameter<paths["/v1/loans/{loanId}/servicemember"]["put"], "loanId">, body: RequestBody<paths["/v1/loans/{loanId}/servicemember"]["put"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/loans/{loanId}/servicemember"]["put"]>>>;
      /** End the borrower's military service today (SCRA) — `DELETE /v1/loans/{loanId}/servicemember` (endLoanServicemember) */
      del(loanId: PathParameter<paths["/v1/loans/{loanId}/servicemember"]["delete"], "loanId">, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/loans/{loanId}/servicemember"]["delete"]>>>;
    };
    readonly settlements: {
      /** List settlements — `GET /v1/loans/{loanId}/settlements` (listLoanSettlements) */
      list(loanId: PathParameter<paths["/v1/loans/{loanId}/settlements"]["get"], "loanId">, query?: Query<paths["/v1/loans/{loanId}/settlements"]["get"]>, options?: RequestOptions): PagePromise<SuccessBody<paths["/v1/loans/{loanId}/settlements"]["get"]>>;
      /** Agree a settlement — `POST /v1/loans/{loanId}/settlements` (createLoanSettlement) */
      create(loanId: PathParameter<paths["/v1/loans/{loanId}/settlements"]["post"], "loanId">, body: RequestBody<paths["/v1/loans/{loanId}/settlements"]["post"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/loans/{loanId}/settlements"]["post"]>>>;
      /** Preview a settlement — `POST /v1/loans/{loanId}/settlements/preview` (previewLoanSettlement) */
      preview(loanId: PathParameter<paths["/v1/loans/{loanId}/settlements/preview"]["post"], "loanId">, body: RequestBody<paths["/v1/loans/{loanId}/settlements/preview"]["post"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/loans/{loanId}/settlements/preview"]["post"]>>>;
      /** Get a settlement — `GET /v1/loans/{loanId}/settlements/{settlementId}` (getLoanSettlement) */
      retrieve(loanId: PathParameter<paths["/v1/loans/{loanId}/settlements/{settlementId}"]["get"], "loanId">, settlementId: PathParameter<paths["/v1/loans/{loanId}/settlements/{settlementId}"]["get"], "settlementId">, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/loans/{loanId}/settlements/{settlementId}"]["get"]>>>;
    };
    readonly statements: {
      /** List statements — `GET /v1/loans/{loanId}/statements` (listLoanStatements) */
      list(loanId: PathParameter<paths["/v1/loans/{loanId}/statements"]["get"], "loanId">, query?: Query<paths["/v1/loans/{loanId}/statements"]["get"]>, options?: RequestOptions): PagePromise<SuccessBody<paths["/v1/loans/{loanId}/statements"]["get"]>>;
      /** Issue a past cycle's statement — `POST /v1/loans/{loanId}/statements` (createLoanStatement) */
      create(loanId: PathParameter<paths["/v1/loans/{loanId}/statements"]["post"], "loanId">, body: RequestBody<paths["/v1/loans/{loanId}/statements"]["post"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/loans/{loanId}/statements"]["post"]>>>;
      /** Get a statement — `GET /v1/loans/{loanId}/statements/{statementId}` (getLoanStatement) */
      retrieve(loanId: PathParameter<paths["/v1/loans/{loanId}/statements/{statementId}"]["get"], "loanId">, statementId: PathParameter<paths["/v1/loans/{loanId}/statements/{statementId}"]["get"], "statementId">, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/loans/{loanId}/statements/{statementId}"]["get"]>>>;
      readonly content: {
        /** Download a statement as PDF — `GET /v1/loans/{loanId}/statements/{statementId}/content` (downloadLoanStatement) */
        retrieve(loanId: PathParameter<paths["/v1/loans/{loanId}/statements/{statementId}/content"]["get"], "loanId">, statementId: PathParameter<paths["/v1/loans/{loanId}/statements/{statementId}/content"]["get"], "statementId">, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/loans/{loanId}/statements/{statementId}/content"]["get"]>>>;
      };
    };
    readonly transactions: {
      /** List a loan's transactions — `GET /v1/loans/{loanId}/transactions` (listLoanTransactions) */
      list(loanId: PathParameter<paths["/v1/loans/{loanId}/transactions"]["get"], "loanId">, query?: Query<paths["/v1/loans/{loanId}/transactions"]["get"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/loans/{loanId}/transactions"]["get"]>>>;
    };
    readonly trialBalance: {
      /** Get a loan's trial balance — `GET /v1/loans/{loanId}/trial-balance` (getLoanTrialBalance) */
      retrieve(loanId: PathParameter<paths["/v1/loans/{loanId}/trial-balance"]["get"], "loanId">, query?: Query<paths["/v1/loans/{loanId}/trial-balance"]["get"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/loans/{loanId}/trial-balance"]["get"]>>>;
    };
    readonly writeOffs: {
      /** Write a loan off — `POST /v1/loans/{loanId}/write-offs` (writeOffLoan) */
      create(loanId: PathParameter<paths["/v1/loans/{loanId}/write-offs"]["post"], "loanId">, body: RequestBody<paths["/v1/loans/{loanId}/write-offs"]["post"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/loans/{loanId}/write-offs"]["post"]>>>;
    };
  };
  readonly parties: {
    /** List parties — `GET /v1/parties` (listParties) */
    list(query?: Query<paths["/v1/parties"]["get"]>, options?: RequestOptions): PagePromise<SuccessBody<paths["/v1/parties"]["get"]>>;
    /** Create a party — `POST /v1/parties` (createParty) */
    create(body: RequestBody<paths["/v1/parties"]["post"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/parties"]["post"]>>>;
    /** Get a party — `GET /v1/parties/{partyId}` (getParty) */
    retrieve(partyId: PathParameter<paths["/v1/parties/{partyId}"]["get"], "partyId">, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/parties/{partyId}"]["get"]>>>;
    /** Update a party — `PATCH /v1/parties/{partyId}` (updateParty) */
    update(partyId: PathParameter<paths["/v1/parties/{partyId}"]["patch"], "partyId">, body: RequestBody<paths["/v1/parties/{partyId}"]["patch"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/parties/{partyId}"]["patch"]>>>;
    readonly creditReports: {
      /** List a party's credit reports — `GET /v1/parties/{partyId}/credit-reports` (listPartyCreditReports) */
      list(partyId: PathParameter<paths["/v1/parties/{partyId}/credit-reports"]["get"], "partyId">, query?: Query<paths["/v1/parties/{partyId}/credit-reports"]["get"]>, options?: RequestOptions): PagePromise<SuccessBody<paths["/v1/parties/{partyId}/credit-reports"]["get"]>>;
      /** Pull a party's credit report — `POST /v1/parties/{partyId}/credit-reports` (pullPartyCreditReport) */
      create(partyId: PathParameter<paths["/v1/parties/{partyId}/credit-reports"]["post"], "partyId">, body: RequestBody<paths["/v1/parties/{partyId}/credit-reports"]["post"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/parties/{partyId}/credit-reports"]["post"]>>>;
    };
    readonly identityChecks: {
      /** Verify a party's identity (CIP) — `POST /v1/parties/{partyId}/identity-checks` (verifyPartyIdentity) */
      create(partyId: PathParameter<paths["/v1/parties/{partyId}/identity-checks"]["post"], "partyId">, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/parties/{partyId}/identity-checks"]["post"]>>>;
    };
    readonly paymentInstruments: {
      /** List payment instruments — `GET /v1/parties/{partyId}/payment-instruments` (listPaymentInstruments) */
      list(partyId: PathParameter<paths["/v1/parties/{partyId}/payment-instruments"]["get"], "partyId">, query?: Query<paths["/v1/parties/{partyId}/payment-instruments"]["get"]>, options?: RequestOptions): PagePromise<SuccessBody<paths["/v1/parties/{partyId}/payment-instruments"]["get"]>>;
      /** Add a payment instrument — `POST /v1/parties/{partyId}/payment-instruments` (createPaymentInstrument) */
      create(partyId: PathParameter<paths["/v1/parties/{partyId}/payment-instruments"]["post"], "partyId">, body: RequestBody<paths["/v1/parties/{partyId}/payment-instruments"]["post"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/parties/{partyId}/payment-instruments"]["post"]>>>;
      /** Get a payment instrument — `GET /v1/parties/{partyId}/payment-instruments/{instrumentId}` (getPaymentInstrument) */
      retrieve(partyId: PathParameter<paths["/v1/parties/{partyId}/payment-instruments/{instrumentId}"]["get"], "partyId">, instrumentId: PathParameter<paths["/v1/parties/{partyId}/payment-instruments/{instrumentId}"]["get"], "instrumentId">, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/parties/{partyId}/payment-instruments/{instrumentId}"]["get"]>>>;
      /** Disable a payment instrument — `DELETE /v1/parties/{partyId}/payment-instruments/{instrumentId}` (disablePaymentInstrument) */
      del(partyId: PathParameter<paths["/v1/parties/{partyId}/payment-instruments/{instrumentId}"]["delete"], "partyId">, instrumentId: PathParameter<paths["/v1/parties/{partyId}/payment-instruments/{instrumentId}"]["delete"], "instrumentId">, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/parties/{partyId}/payment-instruments/{instrumentId}"]["delete"]>>>;
      /** Confirm a bank account's micro-deposits — `POST /v1/parties/{partyId}/payment-instruments/{instrumentId}/verify` (verifyPaymentInstrument) */
      verify(partyId: PathParameter<paths["/v1/parties/{partyId}/payment-instruments/{instrumentId}/verify"]["post"], "partyId">, instrumentId: PathParameter<paths["/v1/parties/{partyId}/payment-instruments/{instrumentId}/verify"]["post"], "instrumentId">, body: RequestBody<paths["/v1/parties/{partyId}/payment-instruments/{instrumentId}/verify"]["post"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/parties/{partyId}/payment-instruments/{instrumentId}/verify"]["post"]>>>;
    };
    readonly screenings: {
      /** Screen a party against the sanctions list — `POST /v1/parties/{partyId}/screenings` (screenParty) */
      create(partyId: PathParameter<paths["/v1/parties/{partyId}/screenings"]["post"], "partyId">, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/parties/{partyId}/screenings"]["post"]>>>;
    };
  };
  readonly products: {
    /** List products — `GET /v1/products` (listProducts) */
    list(query?: Query<paths["/v1/products"]["get"]>, options?: RequestOptions): PagePromise<SuccessBody<paths["/v1/products"]["get"]>>;
    /** Create a product — `POST /v1/products` (createProduct) */
    create(body: RequestBody<paths["/v1/products"]["post"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/products"]["post"]>>>;
    /** Get a product — `GET /v1/products/{productId}` (getProduct) */
    retrieve(productId: PathParameter<paths["/v1/products/{productId}"]["get"], "productId">, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/products/{productId}"]["get"]>>>;
    /** Replace a product's definition — `PUT /v1/products/{productId}` (updateProduct) */
    update(productId: PathParameter<paths["/v1/products/{productId}"]["put"], "productId">, body: RequestBody<paths["/v1/products/{productId}"]["put"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/products/{productId}"]["put"]>>>;
    /** Archive a product — `POST /v1/products/{productId}/archive` (archiveProduct) */
    archive(productId: PathParameter<paths["/v1/products/{productId}/archive"]["post"], "productId">, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/products/{productId}/archive"]["post"]>>>;
    readonly versions: {
      /** List a product's versions — `GET /v1/products/{productId}/versions` (listProductVersions) */
      list(productId: PathParameter<paths["/v1/products/{productId}/versions"]["get"], "productId">, query?: Query<paths["/v1/products/{productId}/versions"]["get"]>, options?: RequestOptions): PagePromise<SuccessBody<paths["/v1/products/{productId}/versions"]["get"]>>;
      /** Get one version of a product — `GET /v1/products/{productId}/versions/{version}` (getProductVersion) */
      retrieve(productId: PathParameter<paths["/v1/products/{productId}/versions/{version}"]["get"], "productId">, version: PathParameter<paths["/v1/products/{productId}/versions/{version}"]["get"], "version">, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/products/{productId}/versions/{version}"]["get"]>>>;
    };
  };
  readonly quotes: {
    /** Quote a loan — `POST /v1/quotes` (createQuote) */
    create(body: RequestBody<paths["/v1/quotes"]["post"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/quotes"]["post"]>>>;
  };
  readonly reports: {
    readonly achReturnRates: {
      /** ACH return rates against NACHA's levels — `GET /v1/reports/ach-return-rates` (getAchReturnRates) */
      retrieve(query: Query<paths["/v1/reports/ach-return-rates"]["get"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/reports/ach-return-rates"]["get"]>>>;
    };
    readonly pipeline: {
      /** Origination pipeline — `GET /v1/reports/pipeline` (getPipelineReport) */
      retrieve(query?: Query<paths["/v1/reports/pipeline"]["get"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/reports/pipeline"]["get"]>>>;
    };
    readonly portfolio: {
      /** Portfolio report of a closed business date — `GET /v1/reports/portfolio` (getPortfolioReport) */
      retrieve(query: Query<paths["/v1/reports/portfolio"]["get"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/reports/portfolio"]["get"]>>>;
    };
    readonly rollRates: {
      /** Delinquency roll rates between two closed business dates — `GET /v1/reports/roll-rates` (getRollRates) */
      retrieve(query: Query<paths["/v1/reports/roll-rates"]["get"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/reports/roll-rates"]["get"]>>>;
    };
  };
  readonly ruleSets: {
    /** List rule sets — `GET /v1/rule-sets` (listRuleSets) */
    list(query?: Query<paths["/v1/rule-sets"]["get"]>, options?: RequestOptions): PagePromise<SuccessBody<paths["/v1/rule-sets"]["get"]>>;
    /** Create a rule set — `POST /v1/rule-sets` (createRuleSet) */
    create(body: RequestBody<paths["/v1/rule-sets"]["post"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/rule-sets"]["post"]>>>;
    /** Get a rule set with its versions — `GET /v1/rule-sets/{ruleSetId}` (getRuleSet) */
    retrieve(ruleSetId: PathParameter<paths["/v1/rule-sets/{ruleSetId}"]["get"], "ruleSetId">, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/rule-sets/{ruleSetId}"]["get"]>>>;
    readonly draft: {
      /** Replace the draft — `PUT /v1/rule-sets/{ruleSetId}/draft` (updateRuleSetDraft) */
      update(ruleSetId: PathParameter<paths["/v1/rule-sets/{ruleSetId}/draft"]["put"], "ruleSetId">, body: RequestBody<paths["/v1/rule-sets/{ruleSetId}/draft"]["put"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/rule-sets/{ruleSetId}/draft"]["put"]>>>;
    };
    /** Check a document or the draft — `POST /v1/rule-sets/{ruleSetId}/validate` (validateRuleSet) */
    validate(ruleSetId: PathParameter<paths["/v1/rule-sets/{ruleSetId}/validate"]["post"], "ruleSetId">, body: RequestBody<paths["/v1/rule-sets/{ruleSetId}/validate"]["post"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/rule-sets/{ruleSetId}/validate"]["post"]>>>;
    readonly versions: {
      /** List a rule set's versions — `GET /v1/rule-sets/{ruleSetId}/versions` (listRuleSetVersions) */
      list(ruleSetId: PathParameter<paths["/v1/rule-sets/{ruleSetId}/versions"]["get"], "ruleSetId">, query?: Query<paths["/v1/rule-sets/{ruleSetId}/versions"]["get"]>, options?: RequestOptions): PagePromise<SuccessBody<paths["/v1/rule-sets/{ruleSetId}/versions"]["get"]>>;
      /** Get one version of a rule set — `GET /v1/rule-sets/{ruleSetId}/versions/{version}` (getRuleSetVersion) */
      retrieve(ruleSetId: PathParameter<paths["/v1/rule-sets/{ruleSetId}/versions/{version}"]["get"], "ruleSetId">, version: PathParameter<paths["/v1/rule-sets/{ruleSetId}/versions/{version}"]["get"], "version">, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/rule-sets/{ruleSetId}/versions/{version}"]["get"]>>>;
      /** Publish a draft version — `POST /v1/rule-sets/{ruleSetId}/versions/{version}/publish` (publishRuleSetVersion) */
      publish(ruleSetId: PathParameter<paths["/v1/rule-sets/{ruleSetId}/versions/{version}/publish"]["post"], "ruleSetId">, version: PathParameter<paths["/v1/rule-sets/{ruleSetId}/versions/{version}/publish"]["post"], "version">, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/rule-sets/{ruleSetId}/versions/{version}/publish"]["post"]>>>;
      /** Simulate a version against another — `POST /v1/rule-sets/{ruleSetId}/versions/{version}/simulate` (simulateRuleSetVersion) */
      simulate(ruleSetId: PathParameter<paths["/v1/rule-sets/{ruleSetId}/versions/{version}/simulate"]["post"], "ruleSetId">, version: PathParameter<paths["/v1/rule-sets/{ruleSetId}/versions/{version}/simulate"]["post"], "version">, body: RequestBody<paths["/v1/rule-sets/{ruleSetId}/versions/{version}/simulate"]["post"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/rule-sets/{ruleSetId}/versions/{version}/simulate"]["post"]>>>;
    };
  };
  readonly screeningHits: {
    /** List screening hits — `GET /v1/screening-hits` (listScreeningHits) */
    list(query?: Query<paths["/v1/screening-hits"]["get"]>, options?: RequestOptions): PagePromise<SuccessBody<paths["/v1/screening-hits"]["get"]>>;
    /** Get a screening hit — `GET /v1/screening-hits/{screeningHitId}` (getScreeningHit) */
    retrieve(screeningHitId: PathParameter<paths["/v1/screening-hits/{screeningHitId}"]["get"], "screeningHitId">, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/screening-hits/{screeningHitId}"]["get"]>>>;
    /** Clear a screening hit — `POST /v1/screening-hits/{screeningHitId}/clear` (clearScreeningHit) */
    clear(screeningHitId: PathParameter<paths["/v1/screening-hits/{screeningHitId}/clear"]["post"], "screeningHitId">, body: RequestBody<paths["/v1/screening-hits/{screeningHitId}/clear"]["post"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/screening-hits/{screeningHitId}/clear"]["post"]>>>;
    /** Confirm a screening hit — `POST /v1/screening-hits/{screeningHitId}/confirm` (confirmScreeningHit) */
    confirm(screeningHitId: PathParameter<paths["/v1/screening-hits/{screeningHitId}/confirm"]["post"], "screeningHitId">, body: RequestBody<paths["/v1/screening-hits/{screeningHitId}/confirm"]["post"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/screening-hits/{screeningHitId}/confirm"]["post"]>>>;
  };
  readonly settings: {
    /** Get the tenant's settings — `GET /v1/settings` (getSettings) */
    retrieve(options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/settings"]["get"]>>>;
    /** Update the tenant's settings — `PATCH /v1/settings` (updateSettings) */
    update(body: RequestBody<paths["/v1/settings"]["patch"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/settings"]["patch"]>>>;
  };
  readonly tasks: {
    /** List tasks — `GET /v1/tasks` (listTasks) */
    list(query?: Query<paths["/v1/tasks"]["get"]>, options?: RequestOptions): PagePromise<SuccessBody<paths["/v1/tasks"]["get"]>>;
    /** Get a task — `GET /v1/tasks/{taskId}` (getTask) */
    retrieve(taskId: PathParameter<paths["/v1/tasks/{taskId}"]["get"], "taskId">, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/tasks/{taskId}"]["get"]>>>;
    /** Claim a task — `POST /v1/tasks/{taskId}/claim` (claimTask) */
    claim(taskId: PathParameter<paths["/v1/tasks/{taskId}/claim"]["post"], "taskId">, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/tasks/{taskId}/claim"]["post"]>>>;
    /** Complete a task — `POST /v1/tasks/{taskId}/complete` (completeTask) */
    complete(taskId: PathParameter<paths["/v1/tasks/{taskId}/complete"]["post"], "taskId">, body: RequestBody<paths["/v1/tasks/{taskId}/complete"]["post"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/tasks/{taskId}/complete"]["post"]>>>;
    /** Reassign a task — `POST /v1/tasks/{taskId}/reassign` (reassignTask) */
    reassign(taskId: PathParameter<paths["/v1/tasks/{taskId}/reassign"]["post"], "taskId">, body: RequestBody<paths["/v1/tasks/{taskId}/reassign"]["post"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/tasks/{taskId}/reassign"]["post"]>>>;
  };
  readonly testClock: {
    readonly advances: {
      /** Move a sandbox's clock forward — `POST /v1/test-clock/advances` (advanceTestClock) */
      create(body: RequestBody<paths["/v1/test-clock/advances"]["post"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/test-clock/advances"]["post"]>>>;
    };
  };
  readonly webhookEndpoints: {
    /** List webhook endpoints — `GET /v1/webhook-endpoints` (listWebhookEndpoints) */
    list(query?: Query<paths["/v1/webhook-endpoints"]["get"]>, options?: RequestOptions): PagePromise<SuccessBody<paths["/v1/webhook-endpoints"]["get"]>>;
    /** Create a webhook endpoint — `POST /v1/webhook-endpoints` (createWebhookEndpoint) */
    create(body: RequestBody<paths["/v1/webhook-endpoints"]["post"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/webhook-endpoints"]["post"]>>>;
    /** Get a webhook endpoint — `GET /v1/webhook-endpoints/{endpointId}` (getWebhookEndpoint) */
    retrieve(endpointId: PathParameter<paths["/v1/webhook-endpoints/{endpointId}"]["get"], "endpointId">, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/webhook-endpoints/{endpointId}"]["get"]>>>;
    /** Update a webhook endpoint — `PATCH /v1/webhook-endpoints/{endpointId}` (updateWebhookEndpoint) */
    update(endpointId: PathParameter<paths["/v1/webhook-endpoints/{endpointId}"]["patch"], "endpointId">, body: RequestBody<paths["/v1/webhook-endpoints/{endpointId}"]["patch"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/webhook-endpoints/{endpointId}"]["patch"]>>>;
    /** Delete a webhook endpoint — `DELETE /v1/webhook-endpoints/{endpointId}` (deleteWebhookEndpoint) */
    del(endpointId: PathParameter<paths["/v1/webhook-endpoints/{endpointId}"]["delete"], "endpointId">, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/webhook-endpoints/{endpointId}"]["delete"]>>>;
    readonly deliveries: {
      /** List an endpoint's deliveries — `GET /v1/webhook-endpoints/{endpointId}/deliveries` (listWebhookDeliveries) */
      list(endpointId: PathParameter<paths["/v1/webhook-endpoints/{endpointId}/deliveries"]["get"], "endpointId">, query?: Query<paths["/v1/webhook-endpoints/{endpointId}/deliveries"]["get"]>, options?: RequestOptions): PagePromise<SuccessBody<paths["/v1/webhook-endpoints/{endpointId}/deliveries"]["get"]>>;
    };
    readonly replays: {
      /** Send events to an endpoint again — `POST /v1/webhook-endpoints/{endpointId}/replays` (replayWebhookEvents) */
      create(endpointId: PathParameter<paths["/v1/webhook-endpoints/{endpointId}/replays"]["post"], "endpointId">, body: RequestBody<paths["/v1/webhook-endpoints/{endpointId}/replays"]["post"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/webhook-endpoints/{endpointId}/replays"]["post"]>>>;
    };
    readonly secretRotations: {
      /** Rotate an endpoint's signing secret — `POST /v1/webhook-endpoints/{endpointId}/secret-rotations` (rotateWebhookSecret) */
      create(endpointId: PathParameter<paths["/v1/webhook-endpoints/{endpointId}/secret-rotations"]["post"], "endpointId">, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/webhook-endpoints/{endpointId}/secret-rotations"]["post"]>>>;
    };
  };
  readonly workflows: {
    /** List workflow versions — `GET /v1/workflows` (listWorkflows) */
    list(query?: Query<paths["/v1/workflows"]["get"]>, options?: RequestOptions): PagePromise<SuccessBody<paths["/v1/workflows"]["get"]>>;
    /** Create a workflow version — `POST /v1/workflows` (createWorkflow) */
    create(body: RequestBody<paths["/v1/workflows"]["post"]>, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/workflows"]["post"]>>>;
    /** Get a workflow version — `GET /v1/workflows/{workflowId}` (getWorkflow) */
    retrieve(workflowId: PathParameter<paths["/v1/workflows/{workflowId}"]["get"], "workflowId">, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/workflows/{workflowId}"]["get"]>>>;
    /** Publish a workflow version — `POST /v1/workflows/{workflowId}/publish` (publishWorkflow) */
    publish(workflowId: PathParameter<paths["/v1/workflows/{workflowId}/publish"]["post"], "workflowId">, options?: RequestOptions): Promise<WithResponse<SuccessBody<paths["/v1/workflows/{workflowId}/publish"]["post"]>>>;
  };
}
