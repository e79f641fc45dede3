package eu.dsrportal.routing.web;

import eu.dsrportal.intake.domain.Request;
import eu.dsrportal.intake.domain.RequestStatus;
import eu.dsrportal.routing.application.RequestRouting;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The support inbox: requests newest first, a page at a time, optionally one status only. */
@Named
@ViewScoped
public class InboxBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject RequestRouting routing;

  private RequestStatus status = RequestStatus.RECEIVED;

  private final LazyDataModel<Request> requests =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) routing.count(status);
        }

        @Override
        public List<Request> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          return routing.inbox(status, first, pageSize);
        }

        @Override
        public String getRowKey(Request request) {
          return String.valueOf(request.getId());
        }
      };

  public LazyDataModel<Request> getRequests() {
    return requests;
  }

  public RequestStatus[] getStatuses() {
    return RequestStatus.values();
  }

  public RequestStatus getStatus() {
    return status;
  }

  public void setStatus(RequestStatus status) {
    this.status = status;
  }
}
