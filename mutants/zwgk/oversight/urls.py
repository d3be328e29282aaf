"""Staff URLs of the oversight app (mounted under /staff/oversight/)."""
app_name = "oversight"
urlpatterns = []
