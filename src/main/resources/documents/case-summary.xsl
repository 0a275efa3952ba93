<?xml version="1.0" encoding="UTF-8"?>
<!-- A supervisor's summary of one case: stage, risk, incidents, timeline, partner referrals and documents. It names
     no person and holds no contact detail. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:fo="http://www.w3.org/1999/XSL/Format">
  <xsl:import href="common.xsl"/>

  <xsl:template match="/caseSummary">
    <xsl:call-template name="document">
      <xsl:with-param name="title">Case summary</xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="/caseSummary" mode="body">
    <xsl:call-template name="para"><xsl:with-param name="text">For supervisors of <xsl:value-of select="policeForce"/>. It names no person and holds no contact detail; the case page holds them for those allowed to see them.</xsl:with-param></xsl:call-template>
    <xsl:call-template name="date-field"><xsl:with-param name="label">Prepared on</xsl:with-param><xsl:with-param name="iso" select="preparedOn"/></xsl:call-template>

    <xsl:call-template name="heading"><xsl:with-param name="text">Where the case stands</xsl:with-param></xsl:call-template>
    <xsl:call-template name="field"><xsl:with-param name="label">Unit</xsl:with-param><xsl:with-param name="value" select="unit"/></xsl:call-template>
    <xsl:call-template name="date-field"><xsl:with-param name="label">Reported on</xsl:with-param><xsl:with-param name="iso" select="reportedOn"/></xsl:call-template>
    <xsl:call-template name="field"><xsl:with-param name="label">Stage</xsl:with-param><xsl:with-param name="value" select="stage"/></xsl:call-template>
    <xsl:call-template name="field"><xsl:with-param name="label">Classification</xsl:with-param><xsl:with-param name="value" select="classification"/></xsl:call-template>
    <xsl:call-template name="field">
      <xsl:with-param name="label">Risk level</xsl:with-param>
      <xsl:with-param name="value"><xsl:choose><xsl:when test="string(riskLevel)"><xsl:value-of select="riskLevel"/></xsl:when><xsl:otherwise>not yet assessed</xsl:otherwise></xsl:choose></xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="field"><xsl:with-param name="label">Relationship to the victim</xsl:with-param><xsl:with-param name="value" select="relationship"/></xsl:call-template>
    <xsl:if test="immediateDanger = 'true'">
      <xsl:call-template name="para"><xsl:with-param name="text">The report said someone was in immediate danger.</xsl:with-param></xsl:call-template>
    </xsl:if>

    <xsl:call-template name="heading"><xsl:with-param name="text">Incidents reported</xsl:with-param></xsl:call-template>
    <xsl:choose>
      <xsl:when test="incidents/item"><xsl:call-template name="list"><xsl:with-param name="items" select="incidents/item"/></xsl:call-template></xsl:when>
      <xsl:otherwise><xsl:call-template name="para"><xsl:with-param name="text">None recorded.</xsl:with-param></xsl:call-template></xsl:otherwise>
    </xsl:choose>

    <xsl:call-template name="heading"><xsl:with-param name="text">Timeline</xsl:with-param></xsl:call-template>
    <xsl:for-each select="timeline/item">
      <xsl:call-template name="dated">
        <xsl:with-param name="day" select="day"/>
        <xsl:with-param name="text" select="concat(summary, ' (', by, ')')"/>
      </xsl:call-template>
    </xsl:for-each>

    <xsl:call-template name="heading"><xsl:with-param name="text">Partner referrals</xsl:with-param></xsl:call-template>
    <xsl:choose>
      <xsl:when test="referrals/item">
        <xsl:for-each select="referrals/item">
          <xsl:call-template name="dated">
            <xsl:with-param name="day" select="since"/>
            <xsl:with-param name="text" select="concat(partner, ', ', purpose, ': ', status)"/>
          </xsl:call-template>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise><xsl:call-template name="para"><xsl:with-param name="text">None.</xsl:with-param></xsl:call-template></xsl:otherwise>
    </xsl:choose>

    <xsl:call-template name="heading"><xsl:with-param name="text">Documents produced</xsl:with-param></xsl:call-template>
    <xsl:choose>
      <xsl:when test="documents/item">
        <xsl:for-each select="documents/item">
          <xsl:call-template name="dated">
            <xsl:with-param name="day" select="producedOn"/>
            <xsl:with-param name="text" select="concat(type, ', version ', version)"/>
          </xsl:call-template>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise><xsl:call-template name="para"><xsl:with-param name="text">None.</xsl:with-param></xsl:call-template></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- "1 October 2026: what happened" -->
  <xsl:template name="dated">
    <xsl:param name="day"/>
    <xsl:param name="text"/>
    <fo:block space-after="2pt">
      <fo:inline font-weight="bold"><xsl:call-template name="date"><xsl:with-param name="iso" select="$day"/></xsl:call-template><xsl:text>: </xsl:text></fo:inline>
      <xsl:value-of select="$text"/>
    </fo:block>
  </xsl:template>
</xsl:stylesheet>
