<?xml version="1.0" encoding="UTF-8"?>
<!-- A referral to the advocacy service (ISAC/IDVA), with the victim's consent: how to reach the victim safely, the
     risk picture and, for a breach of an order, when it happened. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:fo="http://www.w3.org/1999/XSL/Format">
  <xsl:import href="referral-letter.xsl"/>

  <xsl:template match="/referralLetter">
    <xsl:call-template name="document">
      <xsl:with-param name="title">Referral to the advocacy service</xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="/referralLetter" mode="body">
    <xsl:call-template name="para">
      <xsl:with-param name="text">
        <xsl:choose>
          <xsl:when test="breach">The victim, who agreed to be referred to you, reports a breach of the Stalking Protection Order that protects them.</xsl:when>
          <xsl:otherwise>The victim of a stalking or harassment case has agreed to this referral for an advocate's support.</xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="letter-particulars"><xsl:with-param name="to">The stalking advocacy service (ISAC/IDVA)</xsl:with-param></xsl:call-template>
    <xsl:call-template name="letter-victim"><xsl:with-param name="title">The victim</xsl:with-param></xsl:call-template>
    <xsl:call-template name="letter-safe-contact"/>
    <xsl:call-template name="letter-breach"/>
    <xsl:call-template name="letter-risk"/>
    <xsl:call-template name="letter-incidents"/>
    <xsl:call-template name="letter-suspect"><xsl:with-param name="title">The suspect</xsl:with-param></xsl:call-template>
    <xsl:call-template name="letter-answer"/>
  </xsl:template>
</xsl:stylesheet>
