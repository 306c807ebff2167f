ALTER TABLE "card_payments" ADD COLUMN "refunded_minor" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
UPDATE "card_payments" SET "refunded_minor" = "amount_minor" WHERE "status" = 'refunded';
