<?xml version="1.0" encoding="UTF-8"?>
<!-- A chief officer's application by complaint for a Stalking Protection Order (Stalking Protection Act 2019, section 1). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:fo="http://www.w3.org/1999/XSL/Format">
  <xsl:import href="common.xsl"/>

  <xsl:template match="/spoApplication">
    <xsl:call-template name="document">
      <xsl:with-param name="title">Application for a Stalking Protection Order</xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="/spoApplication" mode="body">
    <xsl:variable name="court">
      <xsl:choose>
        <xsl:when test="youthCourt = 'true'">Youth court</xsl:when>
        <xsl:otherwise>Magistrates' court</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:call-template name="para"><xsl:with-param name="text">Stalking Protection Act 2019, section 1: application by complaint</xsl:with-param></xsl:call-template>
    <xsl:call-template name="field">
      <xsl:with-param name="label">To</xsl:with-param>
      <xsl:with-param name="value"><xsl:value-of select="$court"/><xsl:if test="string(localJusticeArea)"><xsl:value-of select="concat(' for the local justice area of ', localJusticeArea)"/></xsl:if></xsl:with-param>
    </xsl:call-template>
    <xsl:if test="youthCourt = 'true'">
      <xsl:call-template name="para"><xsl:with-param name="text">The defendant is under 18, so the application is made to the youth court.</xsl:with-param></xsl:call-template>
    </xsl:if>
    <xsl:call-template name="field"><xsl:with-param name="label">Applicant (chief officer of police)</xsl:with-param><xsl:with-param name="value" select="policeForce"/></xsl:call-template>
    <xsl:call-template name="date-field"><xsl:with-param name="label">Date of application</xsl:with-param><xsl:with-param name="iso" select="applicationDate"/></xsl:call-template>
    <xsl:apply-templates select="defendant"/>
    <xsl:if test="string(areaConnection)">
      <xsl:call-template name="heading"><xsl:with-param name="text">The applicant's police area (section 1(1))</xsl:with-param></xsl:call-template>
      <xsl:call-template name="para">
        <xsl:with-param name="text">
          <xsl:choose>
            <xsl:when test="areaConnection = 'LIVES_IN_AREA'">The defendant resides in the applicant's police area.</xsl:when>
            <xsl:when test="areaConnection = 'IN_AREA'">The applicant believes that the defendant is in the applicant's police area.</xsl:when>
            <xsl:otherwise>The applicant believes that the defendant is intending to come to the applicant's police area.</xsl:otherwise>
          </xsl:choose>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:if>

    <xsl:call-template name="heading"><xsl:with-param name="text">The complaint</xsl:with-param></xsl:call-template>
    <xsl:call-template name="para"><xsl:with-param name="text" select="complaint"/></xsl:call-template>

    <xsl:call-template name="heading"><xsl:with-param name="text">The three conditions (section 2(1))</xsl:with-param></xsl:call-template>
    <xsl:call-template name="condition">
      <xsl:with-param name="title">(a) The defendant has carried out acts associated with stalking</xsl:with-param>
      <xsl:with-param name="text" select="test/actsAssociatedWithStalking"/>
    </xsl:call-template>
    <xsl:call-template name="condition">
      <xsl:with-param name="title">(b) The defendant poses a risk associated with stalking to another person</xsl:with-param>
      <xsl:with-param name="text" select="test/riskAssociatedWithStalking"/>
    </xsl:call-template>
    <xsl:call-template name="condition">
      <xsl:with-param name="title">(c) The proposed order is necessary to protect that person from that risk</xsl:with-param>
      <xsl:with-param name="text" select="test/necessity"/>
    </xsl:call-template>

    <xsl:if test="evidence/item">
      <xsl:call-template name="heading"><xsl:with-param name="text">Summary of the evidence</xsl:with-param></xsl:call-template>
      <xsl:call-template name="list"><xsl:with-param name="items" select="evidence/item"/></xsl:call-template>
    </xsl:if>

    <xsl:call-template name="terms">
      <xsl:with-param name="title">Prohibitions sought</xsl:with-param>
      <xsl:with-param name="lead">The applicant asks that the defendant be prohibited from:</xsl:with-param>
      <xsl:with-param name="terms" select="termsSought/prohibitions/item"/>
    </xsl:call-template>
    <xsl:call-template name="terms">
      <xsl:with-param name="title">Requirements sought</xsl:with-param>
      <xsl:with-param name="lead">The applicant asks that the defendant be required to:</xsl:with-param>
      <xsl:with-param name="terms" select="termsSought/requirements/item"/>
    </xsl:call-template>
    <xsl:call-template name="where-it-applies"/>
    <xsl:if test="interimOrderSought = 'true'">
      <xsl:call-template name="heading"><xsl:with-param name="text">Interim order</xsl:with-param></xsl:call-template>
      <xsl:call-template name="para"><xsl:with-param name="text">The applicant also asks the court to make an interim Stalking Protection Order under section 5 until this application is decided.</xsl:with-param></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template name="condition">
    <xsl:param name="title"/>
    <xsl:param name="text"/>
    <fo:block font-weight="bold" space-before="4pt" keep-with-next="always"><xsl:value-of select="$title"/></fo:block>
    <xsl:call-template name="para"><xsl:with-param name="text" select="$text"/></xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
