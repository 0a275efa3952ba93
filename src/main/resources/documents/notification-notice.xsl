<?xml version="1.0" encoding="UTF-8"?>
<!-- The notice of the notification requirements served with an order (Stalking Protection Act 2019, sections 9 to 11). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:fo="http://www.w3.org/1999/XSL/Format">
  <xsl:import href="common.xsl"/>

  <xsl:template match="/notificationNotice">
    <xsl:call-template name="document">
      <xsl:with-param name="title">Notice of notification requirements</xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="/notificationNotice" mode="body">
    <xsl:variable name="order">
      <xsl:choose>
        <xsl:when test="order = 'INTERIM_SPO'">interim Stalking Protection Order</xsl:when>
        <xsl:otherwise>Stalking Protection Order</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="served"><xsl:call-template name="date"><xsl:with-param name="iso" select="servedOn"/></xsl:call-template></xsl:variable>
    <xsl:variable name="deadline"><xsl:call-template name="date"><xsl:with-param name="iso" select="notifyBy"/></xsl:call-template></xsl:variable>
    <xsl:call-template name="para"><xsl:with-param name="text">Stalking Protection Act 2019, sections 9 to 11</xsl:with-param></xsl:call-template>
    <xsl:call-template name="field"><xsl:with-param name="label">To</xsl:with-param><xsl:with-param name="value" select="defendant/name"/></xsl:call-template>
    <xsl:call-template name="field"><xsl:with-param name="label">Order</xsl:with-param><xsl:with-param name="value" select="$order"/></xsl:call-template>
    <xsl:call-template name="field"><xsl:with-param name="label">Made by</xsl:with-param><xsl:with-param name="value" select="court"/></xsl:call-template>
    <xsl:call-template name="date-field"><xsl:with-param name="label">Made on</xsl:with-param><xsl:with-param name="iso" select="orderMadeOn"/></xsl:call-template>
    <xsl:call-template name="field"><xsl:with-param name="label">Served on you on</xsl:with-param><xsl:with-param name="value" select="$served"/></xsl:call-template>

    <xsl:call-template name="heading"><xsl:with-param name="text">What you must tell the police</xsl:with-param></xsl:call-template>
    <fo:list-block provisional-distance-between-starts="8mm" provisional-label-separation="2mm" space-after="4pt">
      <fo:list-item space-after="3pt">
        <fo:list-item-label end-indent="label-end()"><fo:block>1.</fo:block></fo:list-item-label>
        <fo:list-item-body start-indent="body-start()"><fo:block>Your name, and every other name you use (aliases).</fo:block></fo:list-item-body>
      </fo:list-item>
      <fo:list-item space-after="3pt">
        <fo:list-item-label end-indent="label-end()"><fo:block>2.</fo:block></fo:list-item-label>
        <fo:list-item-body start-indent="body-start()"><fo:block>Your home address.</fo:block></fo:list-item-body>
      </fo:list-item>
    </fo:list-block>

    <xsl:call-template name="heading"><xsl:with-param name="text">By when</xsl:with-param></xsl:call-template>
    <fo:block space-after="5pt" font-weight="bold">
      <xsl:value-of select="concat('Within 3 days beginning with the day the order was served on you (', $served, '): by the end of ', $deadline, '.')"/>
    </fo:block>

    <xsl:call-template name="heading"><xsl:with-param name="text">Where and how</xsl:with-param></xsl:call-template>
    <xsl:call-template name="para">
      <xsl:with-param name="text" select="concat('In person, at a police station in the area of ', policeForce, '. You cannot notify by telephone, letter or email.')"/>
    </xsl:call-template>
    <xsl:if test="policeStations/item">
      <xsl:call-template name="para"><xsl:with-param name="text">You can attend at:</xsl:with-param></xsl:call-template>
      <xsl:call-template name="list"><xsl:with-param name="items" select="policeStations/item"/></xsl:call-template>
    </xsl:if>
    <xsl:call-template name="para"><xsl:with-param name="text">The police will give you a written acknowledgement. They may take your fingerprints and photograph you.</xsl:with-param></xsl:call-template>

    <xsl:call-template name="heading"><xsl:with-param name="text">If anything changes</xsl:with-param></xsl:call-template>
    <xsl:call-template name="para"><xsl:with-param name="text">If you use a new name or change your home address while the order lasts, you must tell the police in the same way within 3 days beginning with the day of the change.</xsl:with-param></xsl:call-template>

    <xsl:call-template name="heading"><xsl:with-param name="text">What happens if you do not</xsl:with-param></xsl:call-template>
    <fo:block space-after="5pt" font-weight="bold" border="1pt solid #000000" padding="4pt">Failing without reasonable excuse to notify the police as this notice says, or knowingly giving them false information, is an offence punishable by up to 5 years' imprisonment, a fine, or both (Stalking Protection Act 2019, section 11).</fo:block>
  </xsl:template>
</xsl:stylesheet>
