-- CreateTable
CREATE TABLE "ClaimAssignment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "claimId" TEXT NOT NULL,
    "reviewerId" TEXT NOT NULL,
    "assignedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ClaimAssignment_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ClaimAssignment_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ClaimAssignment_assignedById_fkey" FOREIGN KEY ("assignedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Publication" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "claimId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "ratingKey" TEXT,
    "explanation" TEXT NOT NULL DEFAULT '',
    "reason" TEXT NOT NULL DEFAULT '',
    "publishedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Publication_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Publication_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "claimId" TEXT NOT NULL,
    "authorId" TEXT,
    "body" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Comment_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Comment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CommentMention" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "commentId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    CONSTRAINT "CommentMention_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "Comment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CommentMention_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RatingScale" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "bestRating" INTEGER NOT NULL,
    "worstRating" INTEGER NOT NULL,
    "isDefault" BOOLEAN NOT NULL DEFAULT false,
    "retiredAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "RatingScale_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Rating" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "scaleId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "labelAr" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "colour" TEXT NOT NULL,
    "value" INTEGER,
    "position" INTEGER NOT NULL,
    CONSTRAINT "Rating_scaleId_fkey" FOREIGN KEY ("scaleId") REFERENCES "RatingScale" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "HistoryEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT,
    "claimId" TEXT,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "actorId" TEXT,
    "actorName" TEXT NOT NULL DEFAULT '',
    "before" TEXT,
    "after" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "ClaimSource" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "claimId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "stance" TEXT NOT NULL DEFAULT 'context',
    "excerpt" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ClaimSource_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ClaimSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ClaimSource_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "VerdictSource" (
    "verdictId" TEXT NOT NULL,
    "claimSourceId" TEXT NOT NULL,

    PRIMARY KEY ("verdictId", "claimSourceId"),
    CONSTRAINT "VerdictSource_verdictId_fkey" FOREIGN KEY ("verdictId") REFERENCES "Verdict" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "VerdictSource_claimSourceId_fkey" FOREIGN KEY ("claimSourceId") REFERENCES "ClaimSource" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- Data carried over (written by hand after the generated CreateTable statements):
-- sources become reusable records, one per URL, linked to their claims with the excerpt they had;
INSERT OR IGNORE INTO "ClaimSource" ("id", "claimId", "sourceId", "stance", "excerpt", "createdById", "createdAt")
SELECT 'cs-' || "id", "claimId", (SELECT MIN(s2."id") FROM "Source" s2 WHERE s2."url" = s."url"), 'context', "excerpt", "createdById", "createdAt"
FROM "Source" s;
-- a reviewer now has one verdict per claim: older ones by the same reviewer are kept in the history.
INSERT INTO "HistoryEntry" ("id", "claimId", "entityType", "entityId", "action", "actorId", "before", "createdAt")
SELECT 'hv-' || v."id", v."claimId", 'verdict', v."id", 'superseded', v."authorId",
       json_object('rating', v."rating", 'explanation', v."explanation", 'createdAt', v."createdAt"), v."createdAt"
FROM "Verdict" v
WHERE EXISTS (SELECT 1 FROM "Verdict" newer WHERE newer."claimId" = v."claimId" AND newer."authorId" = v."authorId"
              AND (newer."createdAt" > v."createdAt" OR (newer."createdAt" = v."createdAt" AND newer."id" > v."id")));

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Article" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "revisionNumber" INTEGER NOT NULL DEFAULT 1,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "ratingScaleId" TEXT,
    CONSTRAINT "Article_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Article_ratingScaleId_fkey" FOREIGN KEY ("ratingScaleId") REFERENCES "RatingScale" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Article" ("createdAt", "createdById", "id", "language", "revisionNumber", "text", "title", "updatedAt", "version") SELECT "createdAt", "createdById", "id", "language", "revisionNumber", "text", "title", "updatedAt", "version" FROM "Article";
DROP TABLE "Article";
ALTER TABLE "new_Article" RENAME TO "Article";
CREATE TABLE "new_Claim" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "quoteExact" TEXT NOT NULL,
    "quotePrefix" TEXT NOT NULL,
    "quoteSuffix" TEXT NOT NULL,
    "positionStart" INTEGER NOT NULL,
    "positionEnd" INTEGER NOT NULL,
    "detection" TEXT,
    "anchorStatus" TEXT NOT NULL DEFAULT 'anchored',
    "anchorMethod" TEXT,
    "anchorScore" REAL,
    "anchoredRevision" INTEGER NOT NULL DEFAULT 1,
    "previousExact" TEXT,
    "claimReviewed" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Claim_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Claim_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Claim" ("anchorMethod", "anchorScore", "anchorStatus", "anchoredRevision", "articleId", "createdAt", "createdById", "detection", "id", "origin", "positionEnd", "positionStart", "previousExact", "quoteExact", "quotePrefix", "quoteSuffix", "status", "updatedAt", "version") SELECT "anchorMethod", "anchorScore", "anchorStatus", "anchoredRevision", "articleId", "createdAt", "createdById", "detection", "id", "origin", "positionEnd", "positionStart", "previousExact", "quoteExact", "quotePrefix", "quoteSuffix", "status", "updatedAt", "version" FROM "Claim";
DROP TABLE "Claim";
ALTER TABLE "new_Claim" RENAME TO "Claim";
CREATE INDEX "Claim_articleId_positionStart_idx" ON "Claim"("articleId", "positionStart");
CREATE TABLE "new_Source" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "url" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT NOT NULL DEFAULT '',
    "author" TEXT NOT NULL DEFAULT '',
    "publishedAt" DATETIME,
    "accessedAt" DATETIME NOT NULL,
    "type" TEXT NOT NULL DEFAULT 'news-report',
    "archiveUrl" TEXT NOT NULL DEFAULT '',
    "credibilityNote" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Source_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Source" ("accessedAt", "createdAt", "createdById", "id", "publisher", "title", "url") SELECT "accessedAt", "createdAt", "createdById", "id", "publisher", "title", "url" FROM "Source" WHERE "id" IN (SELECT MIN("id") FROM "Source" GROUP BY "url");
DROP TABLE "Source";
ALTER TABLE "new_Source" RENAME TO "Source";
CREATE UNIQUE INDEX "Source_url_key" ON "Source"("url");
CREATE TABLE "new_Verdict" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "claimId" TEXT NOT NULL,
    "rating" TEXT NOT NULL,
    "explanation" TEXT NOT NULL,
    "authorId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Verdict_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Verdict_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Verdict" ("authorId", "claimId", "createdAt", "explanation", "id", "rating") SELECT "authorId", "claimId", "createdAt", "explanation", "id", "rating" FROM "Verdict" WHERE "id" NOT IN (SELECT "entityId" FROM "HistoryEntry" WHERE "action" = 'superseded' AND "entityType" = 'verdict');
DROP TABLE "Verdict";
ALTER TABLE "new_Verdict" RENAME TO "Verdict";
CREATE INDEX "Verdict_claimId_idx" ON "Verdict"("claimId");
CREATE UNIQUE INDEX "Verdict_claimId_authorId_key" ON "Verdict"("claimId", "authorId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "ClaimAssignment_reviewerId_idx" ON "ClaimAssignment"("reviewerId");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimAssignment_claimId_reviewerId_key" ON "ClaimAssignment"("claimId", "reviewerId");

-- CreateIndex
CREATE INDEX "Publication_claimId_createdAt_idx" ON "Publication"("claimId", "createdAt");

-- CreateIndex
CREATE INDEX "Comment_claimId_createdAt_idx" ON "Comment"("claimId", "createdAt");

-- CreateIndex
CREATE INDEX "CommentMention_userId_idx" ON "CommentMention"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "CommentMention_commentId_userId_key" ON "CommentMention"("commentId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "Rating_scaleId_key_key" ON "Rating"("scaleId", "key");

-- CreateIndex
CREATE INDEX "HistoryEntry_claimId_createdAt_idx" ON "HistoryEntry"("claimId", "createdAt");

-- CreateIndex
CREATE INDEX "HistoryEntry_articleId_createdAt_idx" ON "HistoryEntry"("articleId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimSource_claimId_sourceId_key" ON "ClaimSource"("claimId", "sourceId");

-- The default rating scale, shipped with the app (ClaimReview values: 7 best … 1 worst; unverifiable has none).
INSERT INTO "RatingScale" ("id", "name", "bestRating", "worstRating", "isDefault", "version", "createdAt", "updatedAt")
VALUES ('default-scale', 'Tahqiq default · مقياس تحقيق الافتراضي', 6, 1, true, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO "Rating" ("id", "scaleId", "key", "labelAr", "labelEn", "colour", "value", "position") VALUES
  ('default-true', 'default-scale', 'true', 'صحيح', 'True', '#1b7f3b', 6, 0),
  ('default-mostly-true', 'default-scale', 'mostly-true', 'صحيح في معظمه', 'Mostly true', '#5a9e2f', 5, 1),
  ('default-half-true', 'default-scale', 'half-true', 'نصف صحيح', 'Half true', '#9a9a1f', 4, 2),
  ('default-misleading', 'default-scale', 'misleading', 'مضلل', 'Misleading', '#c98a00', 3, 3),
  ('default-mostly-false', 'default-scale', 'mostly-false', 'خاطئ في معظمه', 'Mostly false', '#d3541f', 2, 4),
  ('default-false', 'default-scale', 'false', 'خاطئ', 'False', '#b3261e', 1, 5),
  ('default-unverifiable', 'default-scale', 'unverifiable', 'لا يمكن التحقق منه', 'Unverifiable', '#6b6b6b', NULL, 6);

-- History is append-only, whoever asks: the app has no route to change it, and the database refuses too.
CREATE TRIGGER "HistoryEntry_no_update" BEFORE UPDATE ON "HistoryEntry"
BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
CREATE TRIGGER "HistoryEntry_no_delete" BEFORE DELETE ON "HistoryEntry"
BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
